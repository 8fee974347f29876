import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WIDGETS as REGISTRY } from '../../src/widgets/registry';
import type { WidgetEntry } from '../../src/widgets/types';

/**
 * The registry's widgets as the browser tests need them: `interactive` is read where the pages read it,
 * from whether the widget's folder has an Island.astro (src/components/widget/islands.ts).
 */
export const WIDGETS: readonly (WidgetEntry & { interactive: boolean })[] = REGISTRY.map((entry) => ({
  ...entry,
  interactive: existsSync(fileURLToPath(new URL(`../../src/widgets/${entry.id}/Island.astro`, import.meta.url))),
}));

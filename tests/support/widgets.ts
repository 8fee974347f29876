import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ShownWidget } from '../../src/widgets/types';
import { SHOWN_WIDGETS } from './shown-widgets';

/**
 * The registry's widgets as the browser tests need them: shown (their texts rendered from the records, as
 * the pages print them), and `interactive` read where the pages read it, from whether the widget's folder
 * has an Island.astro (src/components/widget/islands.ts).
 */
export const WIDGETS: readonly (ShownWidget & { interactive: boolean })[] = SHOWN_WIDGETS.map((entry) => ({
  ...entry,
  interactive: existsSync(fileURLToPath(new URL(`../../src/widgets/${entry.id}/Island.astro`, import.meta.url))),
}));

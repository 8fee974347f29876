import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toFigureSet, type FigureSet } from '../../src/data/figures';
import { parseFigures } from '../../src/data/load-figures';
import type { ShownRetired } from '../../src/widgets/retired';
import { showRetiredAll } from '../../src/widgets/retired-text';
import type { ShownWidget } from '../../src/widgets/types';
import { showWidgets } from '../../src/widgets/widget-text';

const FIGURES = fileURLToPath(new URL('../../content/figures.json', import.meta.url));

/** content/figures.json, read and checked as the build reads it. */
export const FIGURE_SET: FigureSet = toFigureSet(
  parseFigures(JSON.parse(readFileSync(FIGURES, 'utf8')), 'content/figures.json'),
);

/** Every registry widget as pages, files and images show it: its texts rendered from the records. */
export const SHOWN_WIDGETS: readonly ShownWidget[] = showWidgets(FIGURE_SET);

/** Every retired graphic as its page, files and images show it: its texts rendered from the records. */
export const SHOWN_RETIRED: readonly ShownRetired[] = showRetiredAll(FIGURE_SET);

/**
 * What a live graphic's files are made from, beside its page (Widget.astro): its entry shown (texts rendered
 * from the records, src/widgets/widget-text.ts), the corrections to its figures, its frame's starting height
 * and its static image. The counterpart of retired-graphic.ts, so each route under src/pages/embed/[id]/
 * reads the same fields for either kind of graphic.
 */
import { correctionLine, correctionMark } from '../../data/figure-corrections';
import type { FigureSet } from '../../data/figures';
import { widgetImage, type WidgetImage } from '../../images/widget-image';
import { graphicCorrections } from '../../widgets/corrections';
import { figuresFor } from '../../widgets/data-rows';
import type { ShownWidget, WidgetEntry } from '../../widgets/types';
import { showWidget } from '../../widgets/widget-text';
import { startHeight } from './frame-height';

export interface LiveGraphic {
  entry: ShownWidget;
  /** The dated lines of the corrections to its figures, shown under its title. */
  corrections: string[];
  /** " (corrected …)" for titles that stand alone (oEmbed), or "". */
  titleMark: string;
  /** The frame's starting height at 640 px. */
  height: number;
  image: WidgetImage;
}

export function liveGraphic(registered: WidgetEntry, set: FigureSet): LiveGraphic {
  const entry = showWidget(registered, set);
  const figures = figuresFor(entry, set);
  const corrections = graphicCorrections(entry, set);
  const lines = corrections.map(correctionLine);
  return {
    entry,
    corrections: lines,
    titleMark: correctionMark(corrections),
    height: startHeight(entry, figures),
    image: widgetImage(entry, figures, lines),
  };
}

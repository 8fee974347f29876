/**
 * Everything a retired graphic's addresses are made from, computed once per route from its registry entry:
 * the page (RetiredFrame.astro), its oEmbed file, its images and card, widgets.json. A correction to one
 * of its figures reaches all of them through `corrections`.
 */
import { article } from '../../data/article';
import { correctionLine, correctionMark } from '../../data/figure-corrections';
import type { FigureSet } from '../../data/figures';
import { embedLinks, type EmbedLinks } from '../../embed/links';
import { retiredImage } from '../../images/retired-image';
import type { WidgetImage } from '../../images/widget-image';
import { absoluteUrl } from '../../lib/urls';
import { widgetPaths } from '../../lib/widget-paths';
import { graphicCorrections } from '../../widgets/corrections';
import { dataRows, type DataRow } from '../../widgets/data-rows';
import { assertRetired } from '../../widgets/check-retired';
import { WIDGETS } from '../../widgets/registry';
import { RETIRED_WIDGETS, retiredLine, type RetiredEntry, type ShownRetired } from '../../widgets/retired';
import { showRetired } from '../../widgets/retired-text';
import { shownById } from '../../widgets/widget-text';
import { retiredStartHeight } from './frame-height';

export interface RetiredGraphic {
  /** The entry with its texts rendered from the records (src/widgets/retired-text.ts). */
  entry: ShownRetired;
  rows: DataRow[];
  retiredLine: string;
  /** The dated lines of the corrections to its figures. */
  corrections: string[];
  /** " (corrected …)" for titles that stand alone (oEmbed), or "". */
  titleMark: string;
  links: EmbedLinks;
  successor?: { id: string; title: string; lead: string; url: string } | undefined;
  /** The frame's starting height at 640 px. */
  height: number;
  image: WidgetImage;
}

const cache = new Map<string, RetiredGraphic>();

export function retiredGraphic(
  entry: RetiredEntry,
  set: FigureSet,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): RetiredGraphic {
  // Keyed by the data too: the same graphic drawn from other records (a test's) is another graphic.
  const key = JSON.stringify([entry, set, String(site), base]);
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size === 0) assertRetired(RETIRED_WIDGETS, WIDGETS, set);
  const shown = showRetired(entry, set);
  const rows = dataRows(shown, set);
  const line = retiredLine(shown);
  const corrections = graphicCorrections(shown, set);
  const lines = corrections.map(correctionLine);
  const links = embedLinks(entry, site, base);
  const successorId = entry.retired.successor;
  const successor = successorId
    ? {
        id: successorId,
        title: shownById(successorId, set).title,
        // A graphic that had no numbers has none to pass on: its successor shows what it drew.
        lead: shown.figures.length + shown.derived.length > 0 ? 'Its numbers are now in' : 'Now shown in',
        url: `${absoluteUrl('', site, base)}#${widgetPaths(successorId).anchor}`,
      }
    : undefined;
  const height = retiredStartHeight({
    title: shown.title,
    notices: [line, ...lines],
    rows,
    statement: shown.statement,
    source: shown.source,
    links: [
      `Read it in the story “${article.shortTitle}” ↗`,
      ...(successor ? [`${successor.lead} “${successor.title}” ↗`] : []),
    ],
  });
  const graphic: RetiredGraphic = {
    entry: shown,
    rows,
    retiredLine: line,
    corrections: lines,
    titleMark: correctionMark(corrections),
    links,
    successor,
    height,
    image: retiredImage(shown, rows, line, lines),
  };
  cache.set(key, graphic);
  return graphic;
}

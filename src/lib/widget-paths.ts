/**
 * The one URL scheme of a widget's files, site-relative (no base path): every page, endpoint, link and
 * snippet takes its addresses from here, through withBase() or absoluteUrl() (urls.ts). The endpoints in
 * src/pages/embed/[id]/ are these files.
 */
export interface WidgetPaths {
  /** The widget alone, for iframes. */
  page: string;
  oembed: string;
  /** RFC 4180 CSV of the widget's numbers. */
  data: string;
  png: string;
  svg: string;
  /** The 1200 × 630 share card. */
  card: string;
  /**
   * The id of the widget's figure on every page, so the fragment of its place in the story: where the
   * story's MDX puts <Widget id>, stated nowhere else.
   */
  anchor: string;
}

export function widgetPaths(id: string): WidgetPaths {
  const page = `embed/${id}/`;
  return {
    page,
    oembed: `${page}oembed.json`,
    data: `${page}data.csv`,
    png: `${page}image.png`,
    svg: `${page}image.svg`,
    card: `${page}card.png`,
    anchor: `graphic-${id}`,
  };
}

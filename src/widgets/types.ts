import type { FigureSet } from '../data/figures';
import type { ChartLayout } from './kit/geometry';
import type { ProseFigureProps } from '../data/prose-figure';

/**
 * One widget as the registry writes it. Its texts (title, description, source, illustrative) are bound
 * text (src/data/bound-text.ts): every number in them is a placeholder such as {qwen-downloads} or a claim,
 * never typed in. What pages, files and images print is a ShownWidget (src/widgets/widget-text.ts).
 */
export interface WidgetEntry {
  /** Folder name under src/widgets/ and the value of data-widget. */
  id: string;
  /** The headline: a finding the article supports, in its terms; at most 12 words as shown (the build counts). */
  title: string;
  /**
   * Every number the title states, bound to the records as the prose binds its numbers: the words as
   * written in the title (`says`) and the range the data must stay in. The build fails otherwise.
   */
  claims?: readonly ProseFigureProps[];
  /** One sentence (the build checks): the chart’s alt text, the oEmbed and gallery description. */
  description: string;
  /**
   * What the static image (image.png, image.svg) shows, where it is less than the description says: the
   * image is the chart's first view, drawn once, without its controls or other views. Its alt text and
   * `<desc>`; without it, the description is.
   */
  imageDescription?: string;
  /** Ids of the records in content/figures.json that the widget draws. */
  figures: readonly string[];
  /** Ids of derived figures (src/data/figures.ts) the widget shows. */
  derived: readonly string[];
  /** The source line, without the "Source:" prefix. */
  source: string;
  /**
   * The height in px of the widget's view (its chart and the controls around it) laid out for a column of
   * `width` px with the root font size `rem`: what an embed frame's starting height is made from.
   */
  bodyHeight: (figures: FigureSet, width: number, rem: number) => number;
  /** Set when the chart draws proportions the article does not give: says what is illustrative. */
  illustrative?: string;
}

/**
 * A registry entry with its texts rendered from the records and checked (src/widgets/widget-text.ts):
 * the only form of an entry that anything shown to a reader (a page, a file, an image) may take.
 */
export interface ShownWidget extends WidgetEntry {
  readonly shown: true;
}

/** What every widget view (View.svelte) receives. */
export interface ViewProps {
  /** Only the records listed in the entry's `figures`. */
  figures: FigureSet;
  /**
   * Lay the chart out once at this width (the static images, the snapshot tests). Without it the view
   * sends one layout per width band (src/widgets/kit/bands.ts) and, if hydrated, measures its column.
   */
  width?: number;
}

/**
 * Each chart a widget's view draws, laid out at a width from the widget's records: every model.ts exports
 * one as `layouts`, so one test lays out every widget at every width (tests/unit/widget-charts.test.ts).
 */
export type WidgetLayouts = (figures: FigureSet, width: number) => Record<string, ChartLayout>;

export const FIRST_FLIGHT_BYTES: number;
export function gzipBody(html: string | Buffer): Buffer;
export function gzipOffsetOf(compressed: Buffer, byteOffset: number): number;
export function locatedDom(html: string): {
  dom: import('jsdom').JSDOM;
  document: Document;
  byteAt: (offset: number) => number;
};
export interface ByteMeasure {
  id: string;
  label: string;
  raw: number;
  /** How much smaller the gzip response would be without it. */
  gzip: number;
  count: number;
}
export const PARTS: { id: string; label: string; selector: string }[];
export function byteBreakdown(html: string): {
  total: { raw: number; gzip: number };
  parts: ByteMeasure[];
  rest: { raw: number };
  attributes: ByteMeasure[];
};
export function renderBlockingStylesheets(html: string): string[];
export function fontPreloads(html: string): string[];

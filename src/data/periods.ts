/**
 * A record's period: "not stated", or the time the article gives in its own words with the short label the
 * page shows. Kept apart from the schema so that browser code reading records does not bundle zod.
 */

/** What a record's period is when the article gives none: a date nobody can check is not added. */
export const NOT_STATED = 'not stated';

/** A time the article gives: its words ("in the first half of 2025") and the label shown ("H1 2025"). */
export interface StatedTime {
  quote: string;
  label: string;
}

export type Period = typeof NOT_STATED | StatedTime;

/** The period's short label ("H1 2025") or "not stated". */
export function periodLabel(period: Period): string {
  return period === NOT_STATED ? NOT_STATED : period.label;
}

/** The article's own words for the period ("in the first half of 2025"), or undefined when it gives none. */
export function periodQuote(period: Period): string | undefined {
  return period === NOT_STATED ? undefined : period.quote;
}

/**
 * The period as a data table and a CSV show it. A forecast's (a record with its own date, `made`) is the time
 * it is for, in the article's words ("by 2000"): a bare "2000" beside a forecast reads as when it was made.
 */
export function shownPeriod(period: Period, made: StatedTime | undefined): string {
  return made && period !== NOT_STATED ? period.quote : periodLabel(period);
}

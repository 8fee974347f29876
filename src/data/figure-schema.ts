import { z } from 'astro/zod';

/** Units a figure may carry. "percent" is a share (0-100); "percent-change" is growth and may exceed 100. */
export const UNITS = ['yuan', 'percent', 'percent-change', 'users', 'downloads', 'tokens'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * How a number is hedged: "over 60%", "nearly 20%", "about 1 million". The records use the article's
 * hedges; "just-over" (the article's "just over 1%") and "under" also come out of src/data/hedges.ts,
 * which works out a derived figure's hedge from its inputs'.
 */
export const QUALIFIERS = ['exact', 'about', 'nearly', 'over', 'as-high-as', 'just-over', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

import { NOT_STATED, type StatedTime } from './periods';

export { NOT_STATED } from './periods';

/**
 * Digits a label may hold besides the quote's: half-years and quarters ("H1", "Q3") are words for a stretch
 * of a year, not numbers of their own.
 */
const PERIOD_TOKEN = /\b[HQ][1-4]\b/g;

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** Text the project writes about a record carries no number of its own: numbers come from the fields. */
const wordsOnly = (what: string) =>
  nonEmpty(what).refine((text) => !/\d/.test(text), {
    error: `${what} must not hold a digit: a number belongs in value, quote or period, not in the words around it`,
  });

/**
 * A time the article gives, as it words it ("in the first half of 2025", "by 2000", "a few years later"),
 * and the short label the page shows for it ("H1 2025"). Every number of the label is in the quote.
 */
const statedTime = (what: string) =>
  z
    .object(
      {
        quote: nonEmpty(`${what}.quote`),
        label: nonEmpty(`${what}.label`),
      },
      { error: `${what} must be "${NOT_STATED}" or an object with the article's words (quote) and a label` },
    )
    .strict()
    .superRefine((time, ctx) => {
      for (const digits of time.label.replace(PERIOD_TOKEN, '').match(/\d+/g) ?? []) {
        if (!time.quote.includes(digits)) {
          ctx.addIssue({
            code: 'custom',
            path: ['label'],
            message: `"${digits}" is not in the quote "${time.quote}": the label may only shorten what the article says`,
          });
        }
      }
    });

const periodObject = statedTime('period');

/**
 * A period is the literal "not stated" or a stated time. Checked by hand rather than as a union so that a
 * period without its quote is refused as `field "period.quote"`, not as "no branch of the union matched".
 */
const periodSchema = z.unknown().transform((value, ctx): typeof NOT_STATED | StatedTime => {
  if (value === NOT_STATED) return NOT_STATED;
  if (typeof value !== 'object' || value === null) {
    ctx.addIssue({
      code: 'custom',
      message:
        `period must be "${NOT_STATED}" or an object with the article's words for it (quote) and a label ` +
        `(got ${JSON.stringify(value)}): a period the article does not give is not added`,
    });
    return z.NEVER;
  }
  const parsed = periodObject.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    return z.NEVER;
  }
  return parsed.data;
});

const isoDay = (what: string) =>
  z.string({ error: `${what} is required` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what} must be YYYY-MM-DD` });

/**
 * The desk's own fact check: one official figure, from a named publisher, set beside the article's number
 * without changing the article's words. Stored as data so that its number is not typed into a sentence.
 */
const deskNote = z
  .object({
    /** What was counted, as the publisher counted it: "mobile phone users in China". */
    counted: wordsOnly('deskNote.counted'),
    value: z.number({ error: 'deskNote.value must be a number' }).refine(Number.isFinite),
    unit: z.enum(UNITS, { error: `deskNote.unit must be one of ${UNITS.join(', ')}` }),
    asOf: isoDay('deskNote.asOf'),
    /** Who counted: "the Ministry of Information Industry". */
    by: wordsOnly('deskNote.by'),
    /** Who announced it, and when. */
    announcedBy: wordsOnly('deskNote.announcedBy'),
    announced: isoDay('deskNote.announced'),
    /** Where it was published: a newspaper, its own name, the day and the headline. */
    publisher: wordsOnly('deskNote.publisher'),
    publisherNative: nonEmpty('deskNote.publisherNative'),
    published: isoDay('deskNote.published'),
    headline: nonEmpty('deskNote.headline'),
  })
  .strict();

export type DeskNote = z.infer<typeof deskNote>;

export const figureSchema = z
  .object({
    id: z
      .string({ error: 'id is required' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be kebab-case (a-z, 0-9, -)' }),
    label: wordsOnly('label'),
    value: z.number({ error: 'value must be a number' }).refine(Number.isFinite, { error: 'value must be finite' }),
    unit: z.enum(UNITS, { error: `unit must be one of ${UNITS.join(', ')}` }),
    qualifier: z.enum(QUALIFIERS, { error: `qualifier must be one of ${QUALIFIERS.join(', ')}` }),
    /**
     * The article's own words for the number: a span of content/source/article.txt, verbatim, that states
     * it with its hedge ("a year-on-year increase of nearly 20%"). tests/unit/figure-words.test.ts finds it.
     */
    quote: nonEmpty('quote'),
    /** "not stated", or the time the article gives with its words: see statedTime. */
    period: periodSchema,
    /** A forecast's own date, when the article gives it ("In 1996"). */
    made: statedTime('made').optional(),
    /** Who the article says the number comes from, in words that can start a sentence. */
    source: wordsOnly('source'),
    /** What a reader should know before reusing the number, fact checks included; shown in the story's notes. */
    caveat: wordsOnly('caveat').optional(),
    deskNote: deskNote.optional(),
  })
  .strict()
  .superRefine((figure, ctx) => {
    if (figure.unit === 'percent' && (figure.value < 0 || figure.value > 100)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a percent share must be between 0 and 100 (got ${figure.value})`,
      });
    }
    if (['yuan', 'users', 'downloads', 'tokens'].includes(figure.unit) && figure.value < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a ${figure.unit} amount must not be negative (got ${figure.value})`,
      });
    }
    if (figure.unit === 'percent-change' && figure.value < -100) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a change cannot be below -100% (got ${figure.value})`,
      });
    }
  });

export type Figure = z.infer<typeof figureSchema>;
export type { Period, StatedTime } from './periods';

import { z } from 'astro/zod';

/** Units a figure may carry. "percent" is a share (0-100); "percent-change" is growth and may exceed 100. */
export const UNITS = ['yuan', 'percent', 'percent-change', 'users', 'downloads', 'tokens'] as const;
export type Unit = (typeof UNITS)[number];

/** How the article hedges a number: "over 60%", "nearly 20%", "about 1 million". */
export const QUALIFIERS = ['exact', 'about', 'nearly', 'over', 'as-high-as'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

export const figureSchema = z
  .object({
    id: z
      .string({ error: 'id is required' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be kebab-case (a-z, 0-9, -)' }),
    label: nonEmpty('label'),
    value: z.number({ error: 'value must be a number' }).refine(Number.isFinite, { error: 'value must be finite' }),
    unit: z.enum(UNITS, { error: `unit must be one of ${UNITS.join(', ')}` }),
    qualifier: z.enum(QUALIFIERS, { error: `qualifier must be one of ${QUALIFIERS.join(', ')}` }),
    period: nonEmpty('period'),
    source: nonEmpty('source'),
    /** What a reader should know before reusing the number; shown in the story's notes. */
    caveat: nonEmpty('caveat').optional(),
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

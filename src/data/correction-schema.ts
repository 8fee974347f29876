import { z } from 'astro/zod';

/**
 * One correction or update to the published story: a date and what changed, in a sentence. The list
 * (content/corrections.json) starts empty; a correction is one new entry, never an edit of the prose alone.
 * `figures` names the records (content/figures.json) or derived figures (src/data/figures.ts) it concerns:
 * every graphic drawn from one of them, embedded anywhere, then says so with a dated line (its embed page,
 * images, card, oEmbed title and widgets.json entry).
 */
export const correctionSchema = z
  .object({
    date: z
      .string({ error: 'date is required' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date must be a day as YYYY-MM-DD' })
      .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(day).toISOString().startsWith(day), {
        error: 'date must be a real calendar day',
      }),
    kind: z.enum(['correction', 'update'], { error: 'kind must be "correction" or "update"' }),
    text: z.string({ error: 'text is required' }).trim().min(1, { error: 'text must not be empty' }),
    figures: z
      .array(
        z
          .string({ error: 'figures must be figure ids' })
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'figures must be figure ids (kebab-case)' }),
        { error: 'figures must be a list of figure ids' },
      )
      .min(1, { error: 'figures must name at least one figure (or be left out)' })
      .optional(),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;

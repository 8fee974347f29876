import { z } from 'astro/zod';

const day = z
  .string({ error: 'date is required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day as YYYY-MM-DD' });

/**
 * One published address, relative to the site's base: "" (the story), "embed/x/" (a page), "embed/x/data.csv"
 * (a file), or "#id" (an id in the story that a published page or file linked to).
 */
export const ledgerAddressSchema = z
  .object({
    path: z
      .string({ error: 'path is required' })
      .refine((path) => /^#[A-Za-z][\w-]*$/.test(path) || /^(?:[a-z0-9._-]+\/)*[a-z0-9._-]*$/.test(path), {
        error: 'path must be "#id" or a path under the base ("", "embed/x/", "embed/x/image.png"), lower case',
      }),
    /** The edition that first published it: one of `editions`' dates. */
    since: day,
  })
  .strict();

export const ledgerSchema = z
  .object({
    about: z.string(),
    /** When addresses were published, and from what (a commit, an issue). */
    editions: z.array(z.object({ date: day, source: z.string().min(1), what: z.string().min(1) }).strict()).min(1),
    addresses: z.array(z.unknown()),
  })
  .strict();

export type LedgerAddress = z.infer<typeof ledgerAddressSchema>;

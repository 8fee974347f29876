import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';
import { figureSchema } from './data/figure-schema';
import { readFigures } from './data/load-figures';

/** The story's sections, one MDX file each, in reading order. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/story' }),
  schema: z
    .object({
      title: z.string().min(1),
      /** "01".."03" for the numbered sections; null for the introduction. */
      number: z
        .string()
        .regex(/^\d{2}$/)
        .nullable(),
      order: z.number().int().min(0),
      /** The stable id used in deep links (#anchor); never change a published one. */
      anchor: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    })
    .strict(),
});

/**
 * The article's figures. FIGURES_FILE lets the broken-fixture tests point a build at a bad file;
 * readFigures names the file, record and field of the first problem.
 */
const figures = defineCollection({
  loader: async () => readFigures(resolve(process.env.FIGURES_FILE ?? 'content/figures.json')),
  schema: figureSchema,
});

export const collections = { sections, figures };

import { getCollection } from 'astro:content';
import { toFigureSet, type FigureSet } from './figures';

/** All figure records as a set; called by pages at build time. */
export async function loadFigureSet(): Promise<FigureSet> {
  const entries = await getCollection('figures');
  return toFigureSet(entries.map((entry) => entry.data));
}

export async function loadSections() {
  const entries = await getCollection('sections');
  return entries.sort((a, b) => a.data.order - b.data.order);
}

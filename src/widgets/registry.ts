import type { WidgetEntry } from './types';

/**
 * Every widget on the site. The story, the embed pages, the oEmbed files, the images, the data
 * downloads and the tests all read this list: adding a widget is a folder in src/widgets/ (named by
 * its id, holding model.ts, View.svelte and Island.astro) and an entry here.
 */
export const WIDGETS = [
  {
    id: 'maas-share',
    title: 'MaaS is just over 1% of China’s public cloud market',
    description:
      'A bar for the 120.669-billion-yuan public cloud market with the 1.29-billion-yuan MaaS market drawn to scale inside it, magnified so the 1.07% sliver can be read, and a second view comparing growth rates.',
    figures: [
      'public-cloud-market',
      'maas-market',
      'public-cloud-growth',
      'maas-growth',
      'ai-solution-market',
      'ai-solution-growth',
    ],
    derived: ['maas-share-of-cloud'],
    source: 'IDC, China public cloud market and AI large-model solution market, H1 2025, as cited by the article',
    section: 'introduction',
    interactive: false,
    embedHeight: 560,
  },
  {
    id: 'market-growth',
    title: 'The smallest market grows fastest: size and growth are two different scales',
    description:
      'China’s public cloud (120.669 billion yuan), AI large-model solution (3.07 billion) and MaaS (1.29 billion) markets in H1 2025, each size drawn as a square whose area is to scale beside its year-on-year growth (nearly +20%, +122.1%, +421.2%) as a bar on a separate scale.',
    figures: [
      'public-cloud-market',
      'public-cloud-growth',
      'ai-solution-market',
      'ai-solution-growth',
      'maas-market',
      'maas-growth',
    ],
    derived: ['ai-solution-share-of-cloud', 'maas-share-of-cloud'],
    source: 'IDC, China public cloud market and AI large-model solution market, H1 2025, as cited by the article',
    section: 'introduction',
    interactive: false,
    embedHeight: 870,
  },
  {
    id: 'industry-budget',
    title: 'Three industries, one number: over 60% of the AI large-model solution budget',
    description:
      'The AI large-model solution budget of H1 2025 as one bar, with the over 60% that finance, government affairs and manufacturing contributed together drawn as a single segment whose open edge marks “over”, since the article gives no split among the three.',
    figures: ['key-industries-budget-share'],
    derived: [],
    source: 'IDC, China AI large-model solution market, H1 2025, as cited by the article',
    section: 'introduction',
    interactive: false,
    embedHeight: 590,
  },
  {
    id: 'api-gpu-overlap',
    title: 'Most API-call customers also use GPU computing power',
    description:
      'One hundred dots for Alibaba Cloud’s customers who use API call services, the 70% of them who also use its GPU computing power marked, and no dots for GPU-only customers, for whom the article gives no number.',
    figures: ['api-gpu-overlap'],
    derived: [],
    source: 'Silicon Star People Pro, on Alibaba Cloud customers, as reported in the article',
    section: 'token-is-a-good-indicator',
    interactive: false,
    embedHeight: 680,
  },
  {
    id: 'enterprise-adoption',
    title: '99 in 100 enterprises have not really entered the AI market',
    description:
      'A waffle of 100 squares, one per 1% of enterprises in China’s enterprise-level market: one square for those that have really entered the AI market, 99 for those that have not yet.',
    figures: ['enterprises-not-in'],
    derived: ['enterprises-in'],
    source: 'Silicon Star People Pro, the article’s own estimate',
    section: 'underlying-logic-of-cloud',
    interactive: false,
    embedHeight: 690,
  },
] as const satisfies readonly WidgetEntry[];

export type WidgetId = (typeof WIDGETS)[number]['id'];

export function widgetById(id: string): WidgetEntry {
  const entry = WIDGETS.find((w) => w.id === id);
  if (!entry) throw new Error(`Unknown widget "${id}": add it to src/widgets/registry.ts`);
  return entry;
}

export function widgetsInSection(section: string): WidgetEntry[] {
  return WIDGETS.filter((w) => w.section === section);
}

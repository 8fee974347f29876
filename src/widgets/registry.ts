import { bodyHeight as icebergHeight } from './iceberg/height';
import { bodyHeight as maasShareHeight } from './maas-share/height';
import { bodyHeight as motorolaHeight } from './motorola-forecast/height';
import { bodyHeight as openVsClosedHeight } from './open-vs-closed/height';
import { bodyHeight as tokensPerTaskHeight } from './tokens-per-task/height';
import type { WidgetEntry } from './types';

/**
 * Every widget on the site. The story, the embed pages, the oEmbed files, the images, the data
 * downloads and the tests all read this list: adding a widget is a folder in src/widgets/ (named by
 * its id, holding model.ts, height.ts and View.svelte, and Island.astro if it hydrates) and an entry here.
 */
export const WIDGETS = [
  {
    id: 'maas-share',
    title: 'MaaS is just over 1% of China’s public cloud market',
    claims: [{ id: 'maas-share-of-cloud', says: 'just over 1%', above: 1, max: 1.5 }],
    description:
      'A bar for China’s public cloud market of {public-cloud-market} with the MaaS market of {maas-market} drawn to scale inside it, magnified so its {maas-share-of-cloud} sliver can be read, and a second view comparing growth rates.',
    imageDescription:
      'A bar for China’s public cloud market of {public-cloud-market} with the MaaS market of {maas-market} drawn to scale inside it, magnified so its {maas-share-of-cloud} sliver can be read.',
    figures: [
      'public-cloud-market',
      'maas-market',
      'public-cloud-growth',
      'maas-growth',
      'ai-solution-market',
      'ai-solution-growth',
    ],
    derived: ['maas-share-of-cloud'],
    source:
      'IDC data on China’s public cloud and AI large-model solution markets, {public-cloud-market|period}, the latest when the article was written, as the article cites it',
    bodyHeight: maasShareHeight,
  },
  {
    id: 'motorola-forecast',
    title: 'The article says Motorola’s president forecast {mobile-forecast-miss|words} too low',
    description:
      'The forecast Motorola’s president made in {motorola-forecast|made}, of {motorola-forecast|bare} mobile phone users in China by {motorola-forecast|period}, against the {china-mobile-users-2000|bare} the article gives for {china-mobile-users-2000|period} and the {china-mobile-users-later|bare} {china-mobile-users-later|period}, on a log scale where each step multiplies by ten or on a linear scale with its start magnified.',
    imageDescription:
      'The forecast Motorola’s president made in {motorola-forecast|made}, of {motorola-forecast|bare} mobile phone users in China by {motorola-forecast|period}, against the {china-mobile-users-2000|bare} the article gives for {china-mobile-users-2000|period} and the {china-mobile-users-later|bare} {china-mobile-users-later|period}, on a log scale where each step multiplies by ten.',
    figures: ['motorola-forecast', 'china-mobile-users-2000', 'china-mobile-users-later'],
    derived: ['mobile-forecast-miss'],
    source:
      'The president of Motorola on a {motorola-forecast|made} visit to China, and China’s mobile phone users since, as the article recounts them, not independently verified. The desk’s note: {china-mobile-users-2000|desk}',
    bodyHeight: motorolaHeight,
  },
  {
    id: 'open-vs-closed',
    title: 'Closed-source revenue shows; open-source revenue is harder to see',
    description:
      'How money reaches the cloud from closed-source models, through API calls paid by usage, and from the {qwen-downloads} of open-source Qwen models, through local deployment, own GPU clusters and post-training that go through no API call.',
    figures: ['qwen-downloads'],
    derived: [],
    source:
      'The article’s account of closed-source and open-source models on the cloud, and of the Qwen downloads, for which it names no source',
    bodyHeight: openVsClosedHeight,
    illustrative:
      'the band widths. The article gives no split of the downloads and no revenue for either kind of model.',
  },
  {
    id: 'iceberg',
    title: 'Token statistics see only the tip of the iceberg',
    description:
      'Compute consumption drawn as an iceberg: API calls paid by usage above the waterline, the main basis of current token statistics, and below it post-training on the cloud, local or private-cloud deployment of open-source models and on-device inference, which no public report counts.',
    figures: ['api-gpu-overlap'],
    derived: [],
    source:
      'The article’s account of how enterprises use AI, and Silicon Star People on Alibaba Cloud’s customers, as the article reports it',
    bodyHeight: icebergHeight,
    illustrative:
      'the layers’ thicknesses. The article gives no sizes for them, only that the hidden uses are “also huge”.',
  },
  {
    id: 'tokens-per-task',
    title: 'Same work, more tokens: what call volume counts',
    description:
      'The article’s example of one task done by two models with different numbers of tokens, as a calculator of their tokens and cost a day.',
    imageDescription:
      'The article’s example of one task done by two models with different numbers of tokens, drawn at an illustrative price and number of tasks a day: the tokens each model uses a day, and what they cost.',
    figures: ['task-tokens-model-a', 'task-tokens-model-b'],
    derived: ['task-token-ratio'],
    source: 'The article’s hypothetical example; the price and the tasks per day are illustrative',
    bodyHeight: tokensPerTaskHeight,
    illustrative: 'the price and the tasks a day, example values to change. The tokens per task are the article’s.',
  },
] as const satisfies readonly WidgetEntry[];

export type WidgetId = (typeof WIDGETS)[number]['id'];

export function widgetById(id: string): WidgetEntry {
  const entry = WIDGETS.find((w) => w.id === id);
  if (!entry) throw new Error(`Unknown widget "${id}": add it to src/widgets/registry.ts`);
  return entry;
}

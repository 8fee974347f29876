import { bodyHeight as fullStackHeight } from './full-stack/height';
import { bodyHeight as icebergHeight } from './iceberg/height';
import { JUST_OVER_1 } from './maas-share/claim';
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
    claims: [JUST_OVER_1],
    description:
      'A bar for China’s public cloud market of {public-cloud-market} with the MaaS market of {maas-market} drawn to scale inside it, magnified so its {maas-share-of-cloud} sliver can be read, and beside it the year-on-year growth of the public cloud, AI large-model solution and MaaS markets.',
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
    title: 'Mobile users reached {mobile-forecast-miss|words} Motorola’s forecast, by the article’s count',
    description:
      'The forecast Motorola’s president made in {motorola-forecast|made}, of {motorola-forecast|bare} mobile phone users in China by {motorola-forecast|period}, against the {china-mobile-users-2000|bare} the article gives for {china-mobile-users-2000|period} and the {china-mobile-users-later|bare} {china-mobile-users-later|period}, on a log scale where each step multiplies by ten.',
    figures: ['motorola-forecast', 'china-mobile-users-2000', 'china-mobile-users-later'],
    derived: ['mobile-forecast-miss'],
    source:
      'The president of Motorola on a {motorola-forecast|made} visit to China, and China’s mobile phone users since, as the article recounts them, not independently verified. The desk’s note: {china-mobile-users-2000|desk}',
    bodyHeight: motorolaHeight,
  },
  {
    id: 'open-vs-closed',
    title: 'Closed-source use is counted; open-source use is “difficult to count”',
    description:
      'The article’s two paths for models on the cloud, side by side: closed-source models, which customers call through APIs and pay for by usage, with clear revenue recognition; and open-source models such as Qwen, whose global download volume has {qwen-downloads|bare|hedge=exceeded} times; customers may deploy them locally, run them on their own GPU clusters or post-train them on the cloud without API calls, uses the article calls difficult to count.',
    figures: ['qwen-downloads'],
    derived: [],
    source:
      'The article’s account of closed-source and open-source models on the cloud, and of the Qwen downloads, for which it names no source',
    bodyHeight: openVsClosedHeight,
  },
  {
    id: 'iceberg',
    title: 'Token statistics see only the tip of the iceberg',
    description:
      'Compute consumption drawn as an iceberg of four bands of equal height, not to scale: API calls paid by usage above the waterline, the main basis of current token statistics, and below it post-training on the cloud, local or private-cloud deployment of open-source models and on-device inference, which no public report counts.',
    figures: ['api-gpu-overlap'],
    derived: [],
    source:
      'The article’s account of how enterprises use AI, and Silicon Star People on Alibaba Cloud’s customers, as the article reports it',
    bodyHeight: icebergHeight,
    illustrative:
      'the bands’ equal heights. The article gives no sizes for these uses, only that the hidden ones are “also huge”.',
  },
  {
    id: 'tokens-per-task',
    // No number in the title: the reader changes the tokens, and a headline's "10 times" would then be wrong.
    title: 'One task, two models’ tokens: “which one has stronger capabilities?”',
    description:
      'The article’s example drawn in squares of tokens: one task done by two models, model A with {task-tokens-model-a} and model B with {task-tokens-model-b}, {task-token-ratio|words} as many; the reader can change either model’s tokens per task.',
    imageDescription:
      'The article’s example drawn in squares of tokens: one task done by two models, model A with {task-tokens-model-a} and model B with {task-tokens-model-b}, {task-token-ratio|words} as many.',
    figures: ['task-tokens-model-a', 'task-tokens-model-b'],
    derived: ['task-token-ratio'],
    source: 'The article’s hypothetical example',
    bodyHeight: tokensPerTaskHeight,
  },
  {
    id: 'full-stack',
    title: 'What stands behind one large-model API call',
    description:
      'One large-model API call and what stands behind it, in the article’s terms: the model service (MaaS); the PaaS layer, which stores data, governs it, pours it into the model for training and builds Agent workflows; and the IaaS layer of chips, servers, networks, storage and GPU cluster scheduling, where a shortcoming in any layer discounts the overall experience.',
    figures: [],
    derived: [],
    source: 'The article’s account of what happens behind a large model API call',
    bodyHeight: fullStackHeight,
  },
] as const satisfies readonly WidgetEntry[];

export function widgetById(id: string): WidgetEntry {
  const entry = WIDGETS.find((w) => w.id === id);
  if (!entry) throw new Error(`Unknown widget "${id}": add it to src/widgets/registry.ts`);
  return entry;
}

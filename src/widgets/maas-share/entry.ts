import type { WidgetEntry } from '../types';
import { JUST_OVER_1 } from './claim';
import { bodyHeight } from './height';

/** What the registry lists for this widget (WidgetEntry): kept beside its model and view so a widget is one folder. */
export const entry = {
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
  bodyHeight,
} as const satisfies WidgetEntry;

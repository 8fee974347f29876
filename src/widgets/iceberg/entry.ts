import type { WidgetEntry } from '../types';
import { bodyHeight } from './height';

/** What the registry lists for this widget (WidgetEntry): kept beside its model and view so a widget is one folder. */
export const entry = {
  id: 'iceberg',
  title: 'Token statistics see only the tip of the iceberg',
  description:
    'Compute consumption drawn as an iceberg of four bands of equal height, not to scale: API calls paid by usage above the waterline, the main basis of current token statistics, and below it post-training on the cloud, local or private-cloud deployment of open-source models and on-device inference, which no public report counts.',
  figures: ['api-gpu-overlap'],
  derived: [],
  source:
    'The article’s account of how enterprises use AI, and Silicon Star People on Alibaba Cloud’s customers, as the article reports it',
  bodyHeight,
  illustrative:
    'the bands’ equal heights. The article gives no sizes for these uses, only that the hidden ones are “also huge”.',
} as const satisfies WidgetEntry;

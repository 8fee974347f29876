import type { WidgetEntry } from '../types';
import { fullStackModel } from './model';

/** What the registry lists for this widget (WidgetEntry): kept beside its model and view so a widget is one folder. */
export const entry = {
  id: 'full-stack',
  title: 'What stands behind one large-model API call',
  description:
    'One large-model API call and what stands behind it, in the article’s terms: the model service (MaaS); the PaaS layer, which stores data, governs it, pours it into the model for training and builds Agent workflows; and the IaaS layer of chips, servers, networks, storage and GPU cluster scheduling, where a shortcoming in any layer discounts the overall experience.',
  figures: [],
  derived: [],
  source: 'The article’s account of what happens behind a large model API call',
  // The view is its chart alone.
  bodyHeight: (_figures, width) => fullStackModel(width).height,
} as const satisfies WidgetEntry;

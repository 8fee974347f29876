import type { WidgetEntry } from '../types';
import { openVsClosedModel } from './model';

/** What the registry lists for this widget (WidgetEntry): kept beside its model and view so a widget is one folder. */
export const entry = {
  id: 'open-vs-closed',
  title: 'Closed-source use is counted; open-source use is “difficult to count”',
  description:
    'The article’s two paths for models on the cloud, side by side: closed-source models, which customers call through APIs and pay for by usage, with clear revenue recognition; and open-source models such as Qwen, whose global download volume has {qwen-downloads|bare|hedge=exceeded} times; customers may deploy them locally, run them on their own GPU clusters or post-train them on the cloud without API calls, uses the article calls difficult to count.',
  figures: ['qwen-downloads'],
  derived: [],
  source:
    'The article’s account of closed-source and open-source models on the cloud, and of the Qwen downloads, for which it names no source',
  // The view is its chart alone.
  bodyHeight: (figures, width) => openVsClosedModel(figures, width).height,
} as const satisfies WidgetEntry;

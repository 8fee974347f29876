import type { WidgetEntry } from '../types';
import { motorolaModel } from './model';

/** What the registry lists for this widget (WidgetEntry): kept beside its model and view so a widget is one folder. */
export const entry = {
  id: 'motorola-forecast',
  title: 'Mobile users reached {mobile-forecast-miss|words} Motorola’s forecast, by the article’s count',
  description:
    'The forecast Motorola’s president made in {motorola-forecast|made}, of {motorola-forecast|bare} mobile phone users in China by {motorola-forecast|period}, against the {china-mobile-users-2000|bare} the article gives for {china-mobile-users-2000|period} and the {china-mobile-users-later|bare} {china-mobile-users-later|period}, on a log scale where each step multiplies by ten.',
  figures: ['motorola-forecast', 'china-mobile-users-2000', 'china-mobile-users-later'],
  derived: ['mobile-forecast-miss'],
  source:
    'The president of Motorola on a {motorola-forecast|made} visit to China, and China’s mobile phone users since, as the article recounts them, not independently verified. The desk’s note: {china-mobile-users-2000|desk}',
  // The view is its chart alone.
  bodyHeight: (figures, width) => motorolaModel(figures, width).log.height,
} as const satisfies WidgetEntry;

import type { WidgetEntry } from '../types';
import { bodyHeight } from './height';

/** What the registry lists for this widget (WidgetEntry): kept beside its model and view so a widget is one folder. */
export const entry = {
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
  bodyHeight,
} as const satisfies WidgetEntry;

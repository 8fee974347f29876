/**
 * The four ways enterprises use AI, as the article lists them from the lightest to the deepest,
 * with what each is and why the public token statistics do or do not see it. The reasons paraphrase
 * the article: token statistics count paid API calls; post-training, local deployment and on-device
 * inference use computing power "without going through API calls" and are "difficult to count".
 */
export const LAYER_IDS = ['api', 'post-training', 'local', 'on-device'] as const;

export type LayerId = (typeof LAYER_IDS)[number];

export interface Layer {
  id: LayerId;
  /** Short name: the layer's label in the chart and on its button. */
  name: string;
  /** Full name: the heading of its explanation. */
  title: string;
  /** True only for the part the public token statistics count. */
  counted: boolean;
  what: string;
  why: string;
  /**
   * Illustrative thickness of the layer in the drawing. The article gives no sizes for these uses,
   * only that the hidden ones are "also huge"; the numbers are weights for the picture, never data.
   */
  illustrativeWeight: number;
}

export const LAYERS: readonly Layer[] = [
  {
    id: 'api',
    name: 'API calls',
    title: 'API calls, paid per token',
    counted: true,
    what: 'The model stays on the provider’s cloud; the enterprise calls it and pays by usage. The lightest way to use AI.',
    why: 'Counted: every call is metered in tokens by the provider, so this is what the public token statistics add up.',
    illustrativeWeight: 1,
  },
  {
    id: 'post-training',
    name: 'Post-training',
    title: 'Post-training and fine-tuning on the cloud',
    counted: false,
    what: 'Enterprises pour their own data into models on the cloud and train versions that suit their business.',
    why: 'Not counted: training uses the cloud’s GPU computing power without going through API calls, so no token statistic sees it.',
    illustrativeWeight: 0.9,
  },
  {
    id: 'local',
    name: 'Local & private cloud',
    title: 'Open-source models deployed locally or on a private cloud',
    counted: false,
    what: 'Enterprises download open-source models and run them on their own GPUs; data stays in the domain and inference is done locally.',
    why: 'Not counted: no provider meters these tokens, so no public report can add them up.',
    illustrativeWeight: 1.05,
  },
  {
    id: 'on-device',
    name: 'On-device inference',
    title: 'On-device inference in vehicles, robots, industrial equipment and IoT',
    counted: false,
    what: 'The model runs on the device itself, where an answer must come in milliseconds and cannot wait for a round trip to the cloud.',
    why: 'Not counted: every answer is computed on the device and nothing passes through a cloud API.',
    illustrativeWeight: 0.9,
  },
];

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

/** A step name from the page (a scrollytelling step, a data attribute) as a layer, or null. */
export function layerFromStep(value: unknown): LayerId | null {
  return isLayerId(value) ? value : null;
}

/** The layer an arrow key moves to from the current one; Home and End jump to the ends. */
export function layerAfterKey(current: LayerId | null, key: string): LayerId | null {
  const last = LAYER_IDS.length - 1;
  const index = current === null ? -1 : LAYER_IDS.indexOf(current);
  let next: number;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      next = index < 0 ? 0 : Math.min(last, index + 1);
      break;
    case 'ArrowUp':
    case 'ArrowLeft':
      next = index < 0 ? 0 : Math.max(0, index - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = last;
      break;
    default:
      return null;
  }
  return LAYER_IDS[next] ?? null;
}

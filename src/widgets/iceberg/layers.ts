/**
 * The four ways enterprises use AI, as the article lists them from the lightest to the deepest: the
 * iceberg's layers are these ways (issue 13 merged the old adoption-paths table into it). Each layer's
 * facts paraphrase only the article (content/source/article.txt); where it says nothing, the fact says so
 * rather than guess. Token statistics count paid API calls, "the main caliber for current Token
 * statistics"; the other paths' computing power "has never been included" in any public report.
 */
export const LAYER_IDS = ['api', 'post-training', 'local', 'on-device'] as const;

export type LayerId = (typeof LAYER_IDS)[number];

/** The questions each layer answers, in the panel's order. */
export const FACT_TERMS = {
  model: 'Model runs',
  data: 'Data stays',
  paid: 'Paid for',
  counted: 'Token statistics',
} as const;

export type FactKey = keyof typeof FACT_TERMS;

/** Said where the article gives no answer: the panel must not fill a gap with a guess. */
export const NOT_STATED = 'Not stated';

export interface Layer {
  id: LayerId;
  /** Short name: the layer's label in the chart and on its button. */
  name: string;
  /** Full name: the heading of its panel. */
  title: string;
  /** True only for the part the public token statistics count. */
  counted: boolean;
  facts: Readonly<Record<FactKey, string>>;
  /**
   * Illustrative thickness of the layer in the drawing. The article gives no sizes for these uses,
   * only that the hidden ones are "also huge"; the numbers are weights for the picture, never data.
   */
  illustrativeWeight: number;
}

const HIDDEN = 'Not counted in any public report';

export const LAYERS: readonly Layer[] = [
  {
    id: 'api',
    name: 'API calls',
    title: 'API calls, paid by usage',
    counted: true,
    facts: {
      model: 'On the provider’s cloud',
      data: NOT_STATED,
      paid: 'By usage',
      counted: 'Counted: their main basis',
    },
    illustrativeWeight: 1,
  },
  {
    id: 'post-training',
    name: 'Post-training',
    title: 'Post-training and fine-tuning on the cloud',
    counted: false,
    facts: {
      model: 'On the cloud, trained further for the business',
      data: 'Poured into the cloud to train the model',
      paid: 'Cloud computing power, not API calls',
      counted: HIDDEN,
    },
    illustrativeWeight: 0.9,
  },
  {
    id: 'local',
    name: 'Local & private cloud',
    title: 'Open-source models deployed locally or on a private cloud',
    counted: false,
    facts: {
      model: 'Locally or on a private cloud',
      data: 'Within the enterprise’s own domain',
      paid: 'Its own GPU clusters',
      counted: HIDDEN,
    },
    illustrativeWeight: 1.05,
  },
  {
    id: 'on-device',
    name: 'On-device inference',
    title: 'On-device inference in vehicles, robots, industrial equipment and IoT',
    counted: false,
    facts: {
      model: 'On the device, answering in milliseconds',
      data: NOT_STATED,
      paid: NOT_STATED,
      counted: HIDDEN,
    },
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

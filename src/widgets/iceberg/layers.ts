/**
 * The four ways enterprises use AI, in the order the article lists them: the lightest, "going deeper",
 * "going even deeper", then the "more special" on-device scenarios (a listing, not a ranking of depth). The
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
  counted: 'Counted',
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
}

const NOT_COUNTED = 'In no public report';

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
      counted: 'In token statistics: their main basis',
    },
  },
  {
    id: 'post-training',
    name: 'Post-training',
    title: 'Post-training and fine-tuning on the cloud',
    counted: false,
    facts: {
      model: 'On the cloud, trained further',
      data: 'In the cloud, for training',
      paid: NOT_STATED,
      counted: NOT_COUNTED,
    },
  },
  {
    id: 'local',
    name: 'Local & private cloud',
    title: 'Open-source models deployed locally or on a private cloud',
    counted: false,
    facts: {
      model: 'Locally or on a private cloud',
      data: 'Within the domain',
      paid: NOT_STATED,
      counted: NOT_COUNTED,
    },
  },
  {
    id: 'on-device',
    name: 'On-device inference',
    title: 'On-device inference, such as in vehicles and robots',
    counted: false,
    facts: {
      model: 'On the device; the response must come in milliseconds',
      data: NOT_STATED,
      paid: NOT_STATED,
      counted: NOT_COUNTED,
    },
  },
];

/**
 * What the graphic can light: one layer, or every layer under the waterline at once (the scrollytelling's
 * payoff step, on the article's "has never been included in the statistical caliber of any public report").
 */
export const HIDDEN = 'hidden';
export type Selection = LayerId | typeof HIDDEN;

/** The panel of the payoff step: the article's words for all the hidden paths together. */
export const HIDDEN_PANEL = {
  title: 'Everything below the waterline',
  facts: [
    ['Paths', 'Post-training, local & private cloud, on-device'],
    ['Computing power', 'Also huge'],
    ['Counted', 'Never, in any public report'],
  ],
} as const;

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}

/** A step name from the page (a scrollytelling step, a data attribute) as what to light, or null. */
export function layerFromStep(value: unknown): Selection | null {
  return value === HIDDEN || isLayerId(value) ? value : null;
}

/** The layers a selection lights: itself, or every layer not counted. */
export function litLayers(selection: Selection | null): LayerId[] {
  if (selection === null) return [];
  if (selection === HIDDEN) return LAYERS.filter((layer) => !layer.counted).map((layer) => layer.id);
  return [selection];
}

/** The layer an arrow key moves to from the current one; Home and End jump to the ends. */
export function layerAfterKey(current: Selection | null, key: string): LayerId | null {
  const last = LAYER_IDS.length - 1;
  // From the payoff step (all hidden layers), the arrows start from the first hidden one.
  const from = current === HIDDEN ? 'post-training' : current;
  const index = from === null ? -1 : LAYER_IDS.indexOf(from);
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

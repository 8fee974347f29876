/**
 * The layers behind one large-model API call, top to bottom, as the article lists them. Each
 * `quote` is a verbatim passage of content/source/article.txt (a unit test checks it).
 */

export type LayerId = 'maas' | 'paas' | 'iaas';

export interface LayerText {
  id: LayerId;
  name: string;
  /** A few words under the name. */
  role: string;
  /** The capabilities, one chip each, in rows as drawn. */
  chipRows: readonly (readonly string[])[];
  quote: string;
}

export interface StepText {
  step: number;
  /** The stepper's label. */
  short: string;
  title: string;
  /** The layer this step reaches; the last step is the response coming back up. */
  layer: LayerId | null;
  quote: string;
}

export const LAYERS: readonly LayerText[] = [
  {
    id: 'maas',
    name: 'MaaS',
    role: 'the model, as a service',
    chipRows: [['Large model API']],
    quote:
      'When an enterprise customer calls a large model API, what happens behind the scenes is much more complicated than "request - response".',
  },
  {
    id: 'paas',
    name: 'PaaS',
    role: 'data and workflows',
    chipRows: [
      ['Store data', 'Govern data'],
      ['Pour it into training', 'Agent workflows'],
    ],
    quote:
      'Behind it is the ability of the PaaS layer: how to store data, how to govern it, how to pour it into the model for training, and how to build an Agent workflow',
  },
  {
    id: 'iaas',
    name: 'IaaS',
    role: 'infrastructure',
    chipRows: [
      ['Chips', 'Servers', 'Networks'],
      ['Storage', 'GPU cluster scheduling'],
    ],
    quote:
      'further down is the accumulation of the IaaS layer: chips, servers, networks, storage, and GPU cluster scheduling, a whole set of infrastructure is supporting',
  },
];

export const WEAK_LAYER_QUOTE = 'If there is a shortcoming in any layer, the overall experience will be discounted.';

export const STEPS: readonly StepText[] = [
  ...LAYERS.map((layer, i) => ({
    step: i + 1,
    short: layer.name,
    title: `${layer.name}: ${layer.role}`,
    layer: layer.id,
    quote: layer.quote,
  })),
  {
    step: LAYERS.length + 1,
    short: 'Response',
    title: 'The response comes back up through every layer',
    layer: null,
    quote: WEAK_LAYER_QUOTE,
  },
];

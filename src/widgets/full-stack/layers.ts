/**
 * What stands behind one large-model API call, in the article's own terms (section 03): "Behind it is the
 * ability of the PaaS layer: how to store data, how to govern it, how to pour it into the model for training,
 * and how to build an Agent workflow; further down is the accumulation of the IaaS layer: chips, servers,
 * networks, storage, and GPU cluster scheduling". The words are the article's; nothing here is a quantity.
 */
export interface StackLayer {
  id: 'maas' | 'paas' | 'iaas';
  name: string;
  /** What the article says the layer does or holds, one item a chip. */
  items: readonly string[];
}

export const CALL = {
  name: 'One API call',
  text: 'An enterprise customer calls a large model API: behind the scenes, “much more complicated than ‘request - response’”',
} as const;

export const STACK: readonly StackLayer[] = [
  { id: 'maas', name: 'Model service (MaaS)', items: ['The large model the customer calls'] },
  {
    id: 'paas',
    name: 'PaaS layer',
    items: ['Store data', 'Govern it', 'Pour it into the model for training', 'Build an Agent workflow'],
  },
  {
    id: 'iaas',
    name: 'IaaS layer',
    items: ['Chips', 'Servers', 'Networks', 'Storage', 'GPU cluster scheduling'],
  },
];

/** The article's conclusion, quoted. */
export const SHORTCOMING = '“If there is a shortcoming in any layer, the overall experience will be discounted”';

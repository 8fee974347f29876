/**
 * The four ways enterprises use AI, in the article's order (lightest to deepest), in the article's
 * words. Every `quote` is a verbatim passage of content/source/article.txt (a unit test checks it),
 * so an answer the article does not give says so instead of guessing.
 */

/** Where something sits in the diagram: the provider's cloud, the enterprise's own domain, a device. */
export type Place = 'cloud' | 'domain' | 'device';

export interface PathFact {
  question: string;
  answer: string;
}

export interface AdoptionPathText {
  step: number;
  id: 'api' | 'cloud-training' | 'local-deployment' | 'on-device';
  /** Full name, as the panel heading. */
  name: string;
  /** A few words for the stepper. */
  short: string;
  /** The diagram's row label. */
  rowLabel: string;
  /** How deep the article places it. */
  depth: string;
  /** Where the model runs, which is what the diagram draws. */
  modelPlace: Place;
  /** The only path the public token statistics count. */
  counted: boolean;
  facts: readonly [PathFact, PathFact, PathFact, PathFact];
  quote: string;
}

export const QUESTIONS = {
  model: 'Where the model runs',
  data: 'Where the data stays',
  payment: 'How it is paid for',
  statistics: 'Seen by token statistics?',
} as const;

export const ADOPTION_PATHS: readonly AdoptionPathText[] = [
  {
    step: 1,
    id: 'api',
    name: 'Calling an API',
    short: 'API call',
    rowLabel: 'Call an API',
    depth: 'the lightest way',
    modelPlace: 'cloud',
    counted: true,
    facts: [
      { question: QUESTIONS.model, answer: 'On the cloud.' },
      {
        question: QUESTIONS.data,
        answer:
          'The article does not say. The API users it describes have their business online and their data ready, and “can run just by calling APIs”.',
      },
      { question: QUESTIONS.payment, answer: 'By usage: the customer pays for the Tokens it calls.' },
      {
        question: QUESTIONS.statistics,
        answer:
          'Yes. It is “the main caliber for current Token statistics”, and the only one of the four paths they count.',
      },
    ],
    quote:
      'directly calling APIs, with the model on the cloud and paying by usage, which is the main caliber for current Token statistics',
  },
  {
    step: 2,
    id: 'cloud-training',
    name: 'Post-training and fine-tuning on the cloud',
    short: 'Cloud training',
    rowLabel: 'Post-train on the cloud',
    depth: 'deeper',
    modelPlace: 'cloud',
    counted: false,
    facts: [
      { question: QUESTIONS.model, answer: 'On the cloud, where it is trained further for the business.' },
      {
        question: QUESTIONS.data,
        answer: 'Poured into the cloud: the enterprise’s own data trains “models suitable for their businesses”.',
      },
      {
        question: QUESTIONS.payment,
        answer: 'Through computing power on the cloud, “without going through API calls”.',
      },
      {
        question: QUESTIONS.statistics,
        answer: 'No. Its computing power “has never been included in the statistical caliber of any public report”.',
      },
    ],
    quote:
      'going deeper, enterprises can do post-training and fine-tuning on the cloud, pouring their own data in to train models suitable for their businesses',
  },
  {
    step: 3,
    id: 'local-deployment',
    name: 'Open-source models deployed locally or on a private cloud',
    short: 'Local deploy',
    rowLabel: 'Deploy open source locally',
    depth: 'even deeper',
    modelPlace: 'domain',
    counted: false,
    facts: [
      {
        question: QUESTIONS.model,
        answer: 'Downloaded and deployed locally or on a private cloud, with “inference completed locally”.',
      },
      { question: QUESTIONS.data, answer: 'Within the enterprise’s own domain: “data staying within the domain”.' },
      {
        question: QUESTIONS.payment,
        answer: 'No API bill: customers may “use their own GPU clusters for inference”.',
      },
      {
        question: QUESTIONS.statistics,
        answer: 'No. Its computing power “has never been included in the statistical caliber of any public report”.',
      },
    ],
    quote:
      'going even deeper, enterprises can download open-source models and deploy them locally or on private clouds, with data staying within the domain and inference completed locally',
  },
  {
    step: 4,
    id: 'on-device',
    name: 'Inference on the device',
    short: 'On device',
    rowLabel: 'Run on the device',
    depth: 'a more special scenario',
    modelPlace: 'device',
    counted: false,
    facts: [
      {
        question: QUESTIONS.model,
        answer: 'Directly on the device: intelligent driving on vehicles, inference on robots.',
      },
      {
        question: QUESTIONS.data,
        answer:
          'The article does not say. It says the response must come in milliseconds, so the device cannot wait for a return from the cloud.',
      },
      {
        question: QUESTIONS.payment,
        answer: 'The article does not say. The model runs on the device, not behind an API.',
      },
      {
        question: QUESTIONS.statistics,
        answer: 'No. Its computing power “has never been included in the statistical caliber of any public report”.',
      },
    ],
    quote:
      'the model runs directly on the device and the response must be in milliseconds, making it impossible to wait for a return from the cloud',
  },
];

// Data: verbs of round 20 (paraphrases of the best-known twenty-five services). "get emails from
// the alerts topic", "get texts when the job fails" ask for a subscription or a rule set up now,
// not a read ("get" alone reads). Merged into VERB_SYNONYMS (data/verbs.ts) through
// EVERYDAY_AND_LATER like data/verbs-everyday.ts; each example must find its operation in the top
// five (test/integration/search/verbs-r20-paratop.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Being told later (an email, a text, a page) is a subscription or a watch set up now. */
const TOLD = { subscribe: 1, create: 0.9, put: 0.8, enable: 0.5 };

const why = (what: string): string =>
  `getting ${what} from a topic or when something happens is a subscription or alarm set up now; "get" alone would read`;

export const R20_PARATOP_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'get emails': {
    weights: TOLD,
    why: why('emails'),
    example: ['get emails from the billing alerts sns topic', 'sns:Subscribe'],
  },
  'get an email': {
    weights: TOLD,
    why: why('an email'),
    example: ['get an email whenever something is published to topic deploys', 'sns:Subscribe'],
  },
  'get texts': {
    weights: TOLD,
    why: why('texts'),
    example: ['get texts on my phone from the oncall sns topic', 'sns:Subscribe'],
  },
  'get a text': {
    weights: TOLD,
    why: why('a text'),
    example: ['get a text from topic pager whenever it fires', 'sns:Subscribe'],
  },
  'get paged': {
    weights: TOLD,
    why: why('paged'),
    example: ['get paged when cpu on the db host stays over 90 percent', 'cloudwatch:PutMetricAlarm'],
  },
};

// Data: everyday verbs of round 18 (blind queries for services outside the best-known twenty,
// ids m to z) that the synonym table lacked: "sign up for" a plan or a tier subscribes to it.
// Merged into VERB_SYNONYMS (data/verbs.ts) through EVERYDAY_AND_LATER like
// data/verbs-everyday.ts; each example must find its operation in the top five
// (test/integration/search/verbs-r18-tail-b.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

export const R18_TAIL_B_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'sign up for': {
    weights: { create: 1, subscribe: 0.8, enable: 0.6, register: 0.5 },
    why: 'signing up for a plan, a tier or a feed subscribes to it (Subscribe*, CreateSubscription); "sign up" alone stays a user signing up to an app',
    example: ['sign up for the premium DDoS protection', 'shield:CreateSubscription'],
  },
};

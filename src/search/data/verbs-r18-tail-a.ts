// Data: everyday verbs of round 18 (paraphrases of services outside the best-known twenty) that
// the synonym table lacked: "warn me when" sets a watch up now, like "alert me"
// (verbs-r17-para-tail.ts). Merged into VERB_SYNONYMS (data/verbs.ts) through
// EVERYDAY_AND_LATER like data/verbs-everyday.ts; each example must find its operation in the top
// five (test/integration/search/r18-tail-a.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

export const R18_TAIL_A_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'warn me': {
    weights: { create: 1, put: 0.9, subscribe: 0.7, enable: 0.5 },
    why: 'asking to be warned when something happens sets a watch up now (a budget, an alarm), it sends nothing yet, like "alert me"',
    example: ['warn me when the monthly aws spend goes over 2000 dollars', 'budgets:CreateBudget'],
  },
  'warn us': {
    weights: { create: 1, put: 0.9, subscribe: 0.7, enable: 0.5 },
    why: 'as "warn me": a watch set up now for later',
    example: ['warn us when the account spend passes 300 dollars this month', 'budgets:CreateBudget'],
  },
};

// Data: phrasal verbs of round 18 (paraphrases of the best-known twenty services), split around
// their object like those of phrasal-verbs-r14.ts: "make sense of the error" reads it out.
// Merged at the end of PHRASAL_VERBS (data/phrasal-verbs.ts); each example must find its
// operation in the top five (test/integration/search/verbs-r18-para-top.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

export const R18_PARA_TOP_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'make sense of': {
    weights: { decode: 1, describe: 0.7, get: 0.7, explain: 0.7 },
    why: 'making sense of a message, error or bill reads and decodes it; "make" alone would create',
    example: ['help me make sense of this encoded access denied message', 'sts:DecodeAuthorizationMessage'],
  },
};

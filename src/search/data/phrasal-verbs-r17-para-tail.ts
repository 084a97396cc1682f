// Data: phrasal verbs of round 17 (paraphrases of services outside the best-known twenty),
// split around their object like those of phrasal-verbs-r14.ts: "put my device through the
// qualification tests" runs the tests on it. Merged at the end of PHRASAL_VERBS
// (data/phrasal-verbs.ts); each example must find its operation in the top five
// (test/integration/search/verbs-r17-para-tail.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

export const R17_PARA_TAIL_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'put through': {
    weights: { start: 1, run: 1, create: 0.5 },
    why: 'putting a thing through tests, checks or a pipeline runs them on it: a Start* or Run*, not a Put*',
    example: [
      'put our gateway through the device advisor qualification suite',
      'iotdeviceadvisor:StartSuiteRun',
    ],
  },
};

// Data: phrasal verbs of round 18 (blind queries for services outside the best-known twenty),
// split around their object like those of phrasal-verbs-r14.ts: "get the canary running again"
// starts it. Merged at the end of PHRASAL_VERBS (data/phrasal-verbs.ts); each example must find
// its operation in the top five (test/integration/search/verbs-r18-tail-b.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

const START = { start: 1, resume: 0.9, enable: 0.5, run: 0.5 };

export const R18_TAIL_B_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'get running': {
    weights: START,
    why: 'getting a stopped thing running (again) starts or resumes it; nothing new is made',
    example: ['get the canary pricing-page running again', 'synthetics:StartCanary'],
  },
  'get going': {
    weights: START,
    why: 'getting a stopped job, canary or stream going (again) starts or resumes it',
    example: ['get the paused etl workflow going again', 'glue:StartWorkflowRun'],
  },
  'train on': {
    weights: { create: 1, start: 0.9 },
    why: 'training a model or a recommender on some data makes a new trained version (CreateSolutionVersion, CreateTrainingJob), it sends no data',
    example: [
      'train the product recommender on last month of interactions',
      'personalize:CreateSolutionVersion',
    ],
  },
};

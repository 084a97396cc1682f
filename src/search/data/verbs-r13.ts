// Data: everyday verbs of sending and submitting (issue 16, round 13): "shoot an email" sends it,
// "queue up a job" submits it. Merged into VERB_SYNONYMS (data/verbs.ts) like data/verbs-r10.ts;
// each entry's example must find its operation in the top five (test/integration/search/appdev-r13.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

export const R13_VERBS: Readonly<Record<string, EverydayVerb>> = {
  shoot: {
    weights: { send: 1, publish: 0.7 },
    why: 'shooting someone an email or a message sends it',
    example: ['shoot the customer an email that their refund went through', 'sesv2:SendEmail'],
  },
  'queue up': {
    weights: { submit: 1, send: 0.8, start: 0.6, enqueue: 1 },
    why: 'queueing up work (jobs, messages) hands it to a queue: a batch job is submitted, a message sent',
    example: ['queue up 20 render jobs on the gpu-q batch queue', 'batch:SubmitJob'],
  },
};

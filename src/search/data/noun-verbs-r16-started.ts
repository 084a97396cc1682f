// Data: round 16's verbs read by the noun they take (see data/noun-verbs.ts, which spreads
// these in). "Fire off" a message sends it, but fired off, a workflow, a job or a pipeline that
// exists is started: a new run of it, not a message sent nor a new one made. "Queue" is a noun
// most of the time; before "a message" or "a job" it is a verb that hands the thing in.

import type { NounVerb } from './noun-verbs.js';

export const NOUN_VERBS_R16_STARTED: readonly NounVerb[] = [
  {
    verbs: ['fire'],
    nouns: [
      ...['workflow', 'workflows', 'job', 'jobs', 'pipeline', 'pipelines', 'crawler', 'crawlers'],
      ...['build', 'builds', 'experiment', 'experiments', 'runbook', 'runbooks', 'automation'],
      ...['flow', 'flows', 'canary', 'canaries', 'crawl', 'sync', 'export', 'import', 'scan'],
    ],
    indefinite: false,
    weights: { start: 1, run: 0.9, execute: 0.8, invoke: 0.6 },
    why: 'firing off a workflow, a job or a pipeline starts a run of it; firing off a message sends it',
    example: ['fire off the glue workflow nightly-ingest right now', 'glue:StartWorkflowRun'],
  },
  {
    verbs: ['queue', 'enqueue'],
    nouns: [
      ...['message', 'messages', 'job', 'jobs', 'run', 'runs', 'build', 'builds', 'task', 'tasks'],
      ...['email', 'emails', 'event', 'events', 'render', 'renders', 'test', 'tests', 'transcode'],
    ],
    indefinite: true,
    weights: { send: 1, submit: 1, schedule: 0.9, start: 0.7, put: 0.6, create: 0.4 },
    why: 'queueing a message or a job (a noun most of the time) hands it in to be done: sent, submitted or scheduled',
    example: ['queue a message for the billing worker on sqs', 'sqs:SendMessage'],
  },
];

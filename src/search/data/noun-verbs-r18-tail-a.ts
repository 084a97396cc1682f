// Data: round 18's verbs read by the noun they take (see data/noun-verbs.ts, which spreads these
// in), from paraphrases of services outside the best-known twenty. "Queue a workload" hands work
// to a scheduler (no SQS queue is meant); "open a pull request" or "raise a ticket" makes one
// (not "open" a port); "scan the new folders" runs what scans them (a crawler, a scan), where
// "scan" alone would read as a look.

import type { NounVerb } from './noun-verbs.js';

export const NOUN_VERBS_R18_TAIL_A: readonly NounVerb[] = [
  {
    verbs: ['queue', 'enqueue'],
    nouns: [
      ...['workload', 'workloads', 'container', 'containers', 'containerized', 'computation'],
      ...['simulation', 'simulations', 'batch', 'array', 'training', 'script', 'scripts'],
    ],
    indefinite: true,
    weights: { submit: 1, start: 0.8, run: 0.7, schedule: 0.6, create: 0.3 },
    why: 'queueing a workload or a container (work to be run, not a message) hands it to a scheduler: it is submitted (SubmitJob) or started, no queue is read',
    example: ['queue a containerized workload on aws batch', 'batch:SubmitJob'],
  },
  {
    verbs: ['open', 'raise', 'file'],
    nouns: [
      ...['pr', 'prs', 'pull', 'merge', 'ticket', 'tickets', 'case', 'cases', 'issue', 'issues'],
      ...['incident', 'incidents', 'dispute', 'claim'],
    ],
    indefinite: true,
    weights: { create: 1, open: 0.7, start: 0.4 },
    why: 'opening a pull request, a ticket or a case makes a new one (CreatePullRequest, CreateCase): not "open" a port, nor merging what the request names',
    example: [
      'open a pull request in repo web-app from feature/cart into main',
      'codecommit:CreatePullRequest',
    ],
  },
  {
    verbs: ['scan', 'rescan'],
    nouns: [
      ...['folder', 'folders', 'prefix', 'prefixes', 'files', 'objects', 'partitions', 'bucket', 'buckets'],
    ],
    indefinite: false,
    weights: { start: 1, run: 0.8, create: 0.5, scan: 0.5 },
    why: 'scanning folders, files or a bucket for what is new or bad is a run of what scans (a crawler, a malware or data scan): started, not only read',
    example: ['scan the landing folders in s3 so the data catalog sees the new columns', 'glue:StartCrawler'],
  },
];

// Data: concepts (see concepts.ts) for the analytics and data-store middle tier, issue 16 round
// 13: the comparatives a learner of English uses for a bigger or larger resource; a batch of
// items sent in one call.

import type { Concept } from './concepts.js';

export const R13_ANALYTICS_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['more big', 'more bigger', 'more large'],
    terms: 'modify update resize',
    why: '"make it more big" is how a learner of English says bigger: changing the size of what exists, not a new one',
    example: ['how to make the redshift cluster more big, queries are slow', 'redshift:ResizeCluster'],
  },
  {
    phrases: ['a batch of', 'batches of'],
    terms: 'batch',
    why: 'a batch of records, messages or items sent in one call is the Batch form of the operation (PutRecordBatch, SendMessageBatch, BatchWriteItem), not the one-item call',
    example: ['send a batch of 10 messages to queue orders-in', 'sqs:SendMessageBatch'],
  },
];

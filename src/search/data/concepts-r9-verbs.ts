// Data: nouns that verbs of round 9 act on (see concepts.ts): a dead-letter queue is a queue,
// a live broadcast pipeline is a MediaLive channel.

import type { Concept } from './concepts.js';

export const R9_VERB_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['dlq', 'dlqs'],
    terms: 'queue',
    services: ['sqs'],
    why: 'a dlq is a dead-letter queue: an SQS queue that failed messages move to',
    example: ['purge the payments-dlq', 'sqs:PurgeQueue'],
  },
  {
    phrases: ['broadcast pipeline', 'live broadcast', 'broadcast channel', 'live encoder'],
    terms: 'channel',
    services: ['medialive'],
    why: 'a live broadcast is encoded by a MediaLive channel, whose encoders are its pipelines',
    example: ['start the live broadcast for the town hall', 'medialive:StartChannel'],
  },
];

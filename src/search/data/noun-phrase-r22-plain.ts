// Data: a wish said as the thing wished for, with no verb of its own (issue 16, round 22): "a
// queue for the order emails", "a shared drive that several servers can use at the same time", "a
// private network for our servers". Read by noun-phrase.ts (wishedFor); tested in
// test/integration/search/noun-phrase-r22-plain.test.ts.

import type { VerblessWords } from './noun-phrase-r16-verbless.js';

/**
 * Words that open what the wished-for thing is for ("for", "that", "to", ...): a verb after one
 * of them is the thing's use ("that servers can use"), not the request.
 */
export const WISHED_FOR: VerblessWords = {
  words: new Set(['for', 'that', 'which', 'where', 'to', 'so', 'with', 'we', 'i']),
  why: 'a thing named with "a"/"an" and no verb before what it is for is wished for: nobody names "a queue for the emails" to see the queues there are, so one is to be made',
  example: ['a queue for the order confirmation emails', 'sqs:CreateQueue'],
};

/** First words after the article that name a read of existing things, not one thing wished for. */
export const READ_NOUNS: ReadonlySet<string> = new Set([
  'list',
  'summary',
  'count',
  'report',
  'overview',
  'breakdown',
  'history',
  'log',
  'record',
  'copy',
  'look',
  'peek',
]);

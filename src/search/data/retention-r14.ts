// Data: a question whether a thing keeps what it holds for a time ("would my sqs queue keep
// messages 14 days", "does the log group keep logs for 30 days", "how long does X retain Y").
// It asks about a retention setting as it is: the thing's read (GetQueueAttributes,
// DescribeLogGroups) answers it, not the call that sets it (retention.ts). Tested in
// test/integration/search/retention-r14.test.ts.

import type { Reasoned } from './reasoned.js';

export const RETENTION_QUESTION: Reasoned & {
  /** Verbs of keeping what is held. */
  readonly keepWords: ReadonlySet<string>;
  /**
   * Their past participles (round 20): "how long are logs retained in log group x" says what is
   * kept before the verb and the thing that keeps it after, the other way round from "keep".
   */
  readonly keptWords: ReadonlySet<string>;
  /** Words of a time kept for, after a number ("14 days") or alone ("forever"). */
  readonly units: ReadonlySet<string>;
  readonly always: ReadonlySet<string>;
  /** How much the words of what is kept count: they name the content, not the thing read. */
  readonly keptWeight: number;
  /** The reads asked, as a typed reading verb weighs them. */
  readonly verbs: Readonly<Record<string, number>>;
} = {
  keepWords: new Set(['keep', 'keeps', 'retain', 'retains', 'hold', 'holds', 'store', 'stores', 'stay']),
  keptWords: new Set(['kept', 'retained', 'stored', 'held']),
  units: new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'hour']),
  always: new Set(['forever', 'indefinitely', 'long']),
  keptWeight: 0.6,
  verbs: { get: 1, describe: 1, list: 0.6 },
  why: 'whether a thing keeps its data N days is its retention setting as it is: the read of the thing shows it',
  example: ['would my sqs queue keep messages 14 days', 'sqs:GetQueueAttributes'],
};

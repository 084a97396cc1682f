// Data: how a query says it acts on many things in one go (src/search/many.ts). A batch or bulk
// variant (PutRecordBatch, SendBulkTemplatedEmail, BatchDeleteImage) carries a small prior
// against it (ranking-params.ts PRIOR.batch: people ask for one thing unless they say many);
// these words are how they say many, and then the variant made for many is the task's.
// Each entry says why and gives a query whose first result must be the operation shown.

import type { Reasoned } from './reasoned.js';
import { SPELLED_NUMBERS } from './number-words.js';

/** Words that say many on their own ("several", "in bulk"); "a batch OF" only with its of. */
export const MANY_WORDS: Reasoned & {
  readonly words: ReadonlySet<string>;
  readonly beforeOf: ReadonlySet<string>;
} = {
  words: new Set(['several', 'multiple', 'bulk']),
  /** Nouns of a quantity that say many only before "of" ("a batch of", "a list of"): "aws batch" is a service. */
  beforeOf: new Set(['batch', 'list', 'bunch', 'set', 'lot', 'lots', 'dozens', 'hundreds', 'thousands']),
  why: 'a quantity of things named ("a batch of records", "a list of recipients") is the many-at-once call',
  example: ['put a batch of click records into firehose stream clicks', 'firehose:PutRecordBatch'],
};

/** Phrases that say the things go in one call ("at once", "in one call"). */
export const AT_ONCE: Reasoned & { readonly phrases: readonly (readonly string[])[] } = {
  phrases: [
    ['at', 'once'],
    ['in', 'one', 'call'],
    ['in', 'a', 'single', 'call'],
    ['in', 'one', 'request'],
    ['in', 'one', 'go'],
    // round 19: more ways to say one call
    ['in', 'a', 'single', 'request'],
    ['in', 'one', 'round', 'trip'],
    ['in', 'a', 'single', 'round', 'trip'],
    ['in', 'one', 'shot'],
    ['in', 'one', 'batch'],
  ],
  why: 'things sent or removed at once, in one call, are the batch call, not one call per thing',
  example: ['delete these messages from my sqs queue at once', 'sqs:DeleteMessageBatch'],
};

/**
 * A count of two or more before plural things ("40 recipients", "two old images"); not a count of
 * time or size ("the last 7 days", "10 percent") nor a capacity ("scale to 4 instances", "6
 * brokers"), which say how long, how much or how big, not how many things the call takes.
 */
export const COUNTED_MANY: Reasoned & {
  readonly numbers: ReadonlySet<string>;
  readonly notThings: ReadonlySet<string>;
  readonly reach: number;
} = {
  numbers: new Set([...SPELLED_NUMBERS, 'dozen', 'hundred']),
  notThings: new Set([
    ...['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'times', 'percent'],
    ...['mb', 'gb', 'tb', 'gib', 'tib', 'ms', 'secs', 'mins', 'hrs', 'ago', 'cents', 'dollars'],
    ...['instances', 'nodes', 'tasks', 'workers', 'replicas', 'shards', 'brokers', 'units', 'vcpus', 'cpus'],
  ]),
  /** The plural may follow the count after this many describing words ("200 log lines"). */
  reach: 3,
  why: 'a count of things acted on says many of them: the call that takes a list of them',
  example: ['send the ses template newsletter to 30 subscribers', 'sesv2:SendBulkEmail'],
};

/** Name words of a batch or bulk variant (BatchGetItem, DeleteMessageBatch, StartBulkDeployment). */
export const BATCH_NAME_WORDS: ReadonlySet<string> = new Set(['batch', 'bulk']);

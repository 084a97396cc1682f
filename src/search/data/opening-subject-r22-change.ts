// Data: the thing a query opens with as the subject of a statement exists (issue 16, round 22).
// "the crawler runs every hour, once a day is enough", "the canary checks every minute", "our
// queue hangs on to messages for four days", "can the nightly schedule fire at 6am instead?": a
// thing said to do something now is there already, so the change asked is to it, and a Create of
// its kind answers another task (acted-on.ts). Tested in
// test/integration/search/ask-to-change-r22-change.test.ts.

import type { Reasoned } from './reasoned.js';

export const OPENING_SUBJECT: Reasoned & {
  /** Determiners that open a thing already there ("the", "our"); "a"/"new" open one to make. */
  readonly determiners: ReadonlySet<string>;
  /** Words before the determiner that keep it the subject ("can the schedule ..."). */
  readonly before: ReadonlySet<string>;
  /** Most words the subject's noun phrase may take. */
  readonly reach: number;
  /** Words anywhere that say the thing is not there ("the key pair deploy does not exist"). */
  readonly absent: ReadonlySet<string>;
} = {
  determiners: new Set(['the', 'our', 'my', 'this', 'that', 'these', 'those', 'your', 'their']),
  before: new Set(['can', 'could', 'should']),
  reach: 3,
  absent: new Set(['exist', 'exists', 'existing', 'missing', 'gone', 'deleted', 'disappeared', 'found']),
  why: 'a thing named first as the subject of what it does now ("the crawler runs every hour") exists: a change to it, not a new one',
  example: ['the crawler runs every hour which is too often, make it daily', 'glue:UpdateCrawlerSchedule'],
};

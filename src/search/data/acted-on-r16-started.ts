// Data: wording that shows the thing acted on already exists, with no id or name given (issue 16,
// round 16, src/search/acted-on.ts). What is done again exists ("rebuild the dev branch", "make
// my trail record again"), and so does a thing named with the state it is in ("my existing load
// balancer", "my paused cluster"). A Create of that kind then answers another task
// (existing.ts). Each entry says why and gives a query whose first result a test checks
// (test/integration/search/acted-on-r16.test.ts).

import type { Reasoned } from './reasoned.js';

/** Words between a verb said again and the thing it acts on: owners, not "a" (a new one). */
const OWNERS = ['the', 'my', 'our', 'this', 'that', 'its', 'your', 'their', 'his', 'her'];

export const AGAIN_OBJECT: Reasoned & {
  readonly owners: ReadonlySet<string>;
  readonly reach: number;
  readonly makingAgain: ReadonlySet<string>;
} = {
  owners: new Set(OWNERS),
  /** Most content words the thing's phrase spans: a service, an engine and a two-word kind. */
  reach: 4,
  /**
   * Verbs whose repeat makes the thing anew ("create the table again", "re-create the bucket"):
   * the thing was deleted, so its Create is the task.
   */
  makingAgain: new Set(['create', 'recreate', 'provision', 'define', 'register']),
  why: 'a thing done again, or made to act again, exists: it is run, rebuilt or started, not made',
  example: ['rebuild the dev branch of my amplify app', 'amplify:StartJob'],
};

export const STATE_BEFORE_KIND: Reasoned & { readonly words: ReadonlySet<string>; readonly reach: number } = {
  words: new Set([
    ...['existing', 'running', 'stopped', 'paused', 'started', 'current', 'deployed'],
    ...['failed', 'broken', 'stuck', 'idle'],
  ]),
  reach: 4,
  why: 'a thing named with the state it is in (running, stopped, existing) is there already: making one is another task',
  example: ['start my stopped sagemaker notebook', 'sagemaker:StartNotebookInstance'],
};

/**
 * Verbs that switch a thing off (round 21): only a thing that is there can be disabled or paused,
 * so the thing after the verb exists, as one done again does ("disable the event source mapping
 * from queue orders to function worker" is no new mapping, though its Create is asked "from a
 * queue to a function").
 */
export const SWITCHED_OFF: Reasoned & {
  readonly verbs: ReadonlySet<string>;
  readonly offWords: ReadonlySet<string>;
} = {
  verbs: new Set(['disable', 'deactivate', 'suspend', 'pause']),
  /** The second word of a two-word verb that switches off ("turn off", "switch off", "shut off"). */
  offWords: new Set(['off']),
  why: 'a thing switched off, disabled or paused exists already: making one is another task',
  example: [
    'disable the event source mapping from queue orders to function worker',
    'lambda:UpdateEventSourceMapping',
  ],
};

/**
 * The thing a query opens with, owned or definite ("the crawler runs every hour ...", "our queue
 * hangs on to messages for four days ..."), round 22: it is the topic the user describes as it is
 * now, so it is there already, and a change to it is asked, not a new one.
 */
export const OPENING_SUBJECT: Reasoned & {
  readonly owners: ReadonlySet<string>;
  readonly reach: number;
  readonly absent: ReadonlySet<string>;
} = {
  owners: new Set(OWNERS),
  reach: 3,
  /** Words saying the thing is not there ("the key pair 'deploy' does not exist, make it"). */
  absent: new Set(['exist', 'exists', 'missing', 'gone', 'deleted', 'disappeared']),
  why: 'a query that opens with "the/our/my <thing>" describes a thing already there: making one is another task',
  example: [
    'the crawler runs every hour which is overkill, once a day is enough',
    'glue:UpdateCrawlerSchedule',
  ],
};

// Data: removal tied to an age (issue 16, round 21): "drop logs in /ecs/payments once they are 14
// days old", "have old versions cleaned up when they are a month old". Things removed once they
// reach an age are removed by a rule that AWS applies from now on (a retention policy, a lifecycle
// rule, a TTL), not by a delete done now (age-rule.ts). Tested in
// test/integration/search/desired-state-r21-outcome.test.ts.

import type { Reasoned } from './reasoned.js';

export const AGE_RULE: Reasoned & {
  /** Words that open the age clause: the removal waits for it. */
  readonly openers: ReadonlySet<string>;
  /** Units of an age, before "old" ("14 days old", "a month old"). */
  readonly units: ReadonlySet<string>;
  /** How many words the opener may come before "old" ("once they are a month old": 4). */
  readonly reach: number;
  /** Openers of a request to have it done ("have the logs cleaned up once ..."), read as a question. */
  readonly causative: ReadonlySet<string>;
  /** Subjects right after such an opener that make it a question ("have you deleted"); "been" anywhere does too. */
  readonly perfect: ReadonlySet<string>;
  /** Verb stems of removal (the typed form may be "cleaned", "dropped", "deleting"). */
  readonly removal: ReadonlySet<string>;
} = {
  openers: new Set(['once', 'when', 'whenever', 'after', 'as']),
  units: new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']),
  reach: 5,
  causative: new Set(['have', 'get']),
  perfect: new Set(['you', 'we', 'i', 'they']),
  removal: new Set([
    'delete',
    'drop',
    'expire',
    'clean',
    'remove',
    'purge',
    'vanish',
    'disappear',
    'trash',
    'erase',
    'wipe',
    'discard',
  ]),
  why: 'things removed once they are some age old are removed by a standing rule (retention, lifecycle, TTL) set now',
  example: ['delete the build logs once they are 10 days old', 'logs:PutRetentionPolicy'],
};

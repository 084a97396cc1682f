// Data: a rule that keeps people from doing something (issue 16, round 20): "nobody on the
// internet should be able to see the bucket", "stop people outside the company reading it",
// "don't let anyone delete the backups". The verb after it (see, read, delete) is what is ruled
// out, not the task: the task changes a setting or a policy of the thing (prohibition.ts).
// Tested in test/integration/search/prohibition-r20-paratop.test.ts.

import type { Reasoned } from './reasoned.js';

export const PROHIBITION: Reasoned & {
  /** Words (or two-word phrases) naming no one, which open the rule ("nobody ... should"). */
  readonly nobody: ReadonlySet<string>;
  /** Modals after the nobody word that make it a rule ("nobody should", "no one can"). */
  readonly modals: ReadonlySet<string>;
  /** Verbs that keep someone from an act when a person word follows ("stop people reading"). */
  readonly keepFrom: ReadonlySet<string>;
  /** Who is kept from it: a person word right after (or one word after) the keeping verb. */
  readonly people: ReadonlySet<string>;
  /** Words that may come before the rule ("make sure nobody", "i want nobody"). */
  readonly lead: ReadonlySet<string>;
  /** How many words the modal may come after the nobody word ("nobody on the internet should"). */
  readonly modalReach: number;
  /** The verbs the rule is set with, replacing the act ruled out. */
  readonly verbs: Readonly<Record<string, number>>;
} = {
  nobody: new Set(['nobody', 'no one', 'no-one', 'noone', 'nothing', 'no user', 'no users']),
  modals: new Set(['should', 'can', 'may', 'must', 'could', 'gets', 'shall']),
  keepFrom: new Set(['stop', 'prevent', 'block', 'keep', 'forbid']),
  people: new Set([
    'people',
    'anyone',
    'anybody',
    'everyone',
    'everybody',
    'outsiders',
    'others',
    'strangers',
    'folks',
    'the public',
    'randoms',
  ]),
  lead: new Set([
    'make',
    'sure',
    'ensure',
    'i',
    'we',
    'want',
    'need',
    'to',
    'how',
    'do',
    'please',
    'so',
    'that',
  ]),
  modalReach: 6,
  verbs: { put: 1, update: 0.9, modify: 0.9, set: 0.8, create: 0.7, attach: 0.6, enable: 0.6, revoke: 0.5 },
  why: 'a rule that no one may do something (or that keeps people from it) is a setting or policy put on the thing, not the act itself',
  example: ['nobody except the admin role should decrypt with key alias/payroll', 'kms:PutKeyPolicy'],
};

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
  /**
   * Round 22: "make sure we never text that number again", "never email bounced@x again": an act
   * ruled out for good is the same kind of rule, put on the address or number (an opt-out or
   * suppression list), when "never" opens the rule or "again" closes the act within `againReach`.
   */
  readonly never: ReadonlySet<string>;
  readonly againReach: number;
  /** Past forms after "never" report what did not happen ("i never got the email again"), no rule. */
  readonly pastForms: ReadonlySet<string>;
  /** A question around "never" asks why something did not happen ("why does the job never finish"). */
  readonly askers: ReadonlySet<string>;
  /**
   * Who must never act, right before "never ... again": we ourselves. "make the logs never
   * expire again" wants a thing to stay as it is (a retention removed), no act ruled out.
   */
  readonly actors: ReadonlySet<string>;
  /** Words making "never" a rule whatever follows: "make sure we never", "ensure nobody ever". */
  readonly ensure: ReadonlySet<string>;
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
  never: new Set(['never']),
  againReach: 8,
  actors: new Set(['we', 'i', 'you', 'they', 'us']),
  ensure: new Set(['sure', 'ensure']),
  askers: new Set(['why', 'how', 'what', 'when', 'where', 'does', 'did', 'is', 'was', 'has']),
  pastForms: new Set(
    'got saw heard came went did had was were knew ran sent gave took made left found became began'.split(
      ' ',
    ),
  ),
  verbs: { put: 1, update: 0.9, modify: 0.9, set: 0.8, create: 0.7, attach: 0.6, enable: 0.6, revoke: 0.5 },
  why: 'a rule that no one may do something (or that keeps people from it) is a setting or policy put on the thing, not the act itself',
  example: ['nobody except the admin role should decrypt with key alias/payroll', 'kms:PutKeyPolicy'],
};

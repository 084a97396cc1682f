// Data: a setting asked for by saying the present value is too much or too little, or that
// another would be enough (issue 16, round 22): "one day is plenty", "once a day is enough",
// "every 15 minutes would do", "runs every hour which is overkill", "the alarm is too jumpy".
// There is no verb of the change, and the verb of what the thing does now ("runs", "checks",
// "keeps") is not the task: the thing's setting is updated (enough-value.ts). Tested in
// test/integration/search/ask-to-change-r22-change.test.ts.

import type { Reasoned } from './reasoned.js';

export const ENOUGH_VALUE: Reasoned & {
  /** Phrases (the query's words in a row) that judge a value: this one, or the present one. */
  readonly phrases: readonly string[];
  /** The verbs the setting is changed with; the typed verb keeps a share beside them. */
  readonly verbs: Readonly<Record<string, number>>;
  /**
   * "needs" said of a thing with a value after it ("needs more instances") or closing the
   * sentence ("it isn't capturing writes, it needs to"): a setting wanted. Not with a noun of an
   * act after it ("the broker needs a restart": the act is the task).
   */
  readonly needs: string;
  readonly needsNext: ReadonlySet<string>;
} = {
  phrases: [
    ...['is plenty', 'is enough', 'are enough', 'is sufficient', 'would be enough', 'would be plenty'],
    ...['would do', 'will do', 'would be fine', 'is fine', 'is overkill', 'is way too much'],
    ...['too often', 'too frequently', 'too long', 'too short', 'too many', 'too few', 'too much'],
    ...['too little', 'too low', 'too high', 'too small', 'too big', 'too jumpy', 'too noisy'],
    ...['too sensitive', 'too aggressive', 'too slow', 'too fast', 'too early', 'too late'],
  ],
  verbs: { update: 1, modify: 0.9, put: 0.8, set: 0.8, change: 0.6 },
  needs: 'needs',
  needsNext: new Set(['more', 'fewer', 'less', 'bigger', 'larger', 'smaller']),
  why: 'saying the present value is too much or too little, or that another is enough, asks to change the setting of the thing that has it, not to make one nor to do what it does',
  example: ['the canary runs every minute, every 10 minutes would do', 'synthetics:UpdateCanary'],
};

/**
 * "make sure it can't connect anymore", "ensure the old key can never be used": an outcome ruled
 * out for a thing from now on is a setting of it (its status, a policy), not the act named.
 */
export const ENSURE_NOT: Reasoned & {
  /** Openers of the outcome: one word or two in a row. */
  readonly openers: readonly string[];
  /** Modals before a negation that make it a capability ruled out ("can't", "will never"). */
  readonly modals: ReadonlySet<string>;
  /** Negations after the modal ("t" is what "can't" leaves), and ones that need none. */
  readonly negations: ReadonlySet<string>;
  readonly bare: ReadonlySet<string>;
  /** How many words after the opener the negation may come. */
  readonly reach: number;
} = {
  openers: ['make sure', 'ensure', 'be sure'],
  modals: new Set(['can', 'will', 'could', 'won']),
  negations: new Set(['t', 'not', 'never', 'no']),
  bare: new Set(['cannot', 'never']),
  reach: 5,
  why: 'making sure a thing can no longer do something sets its status or policy now; the act ruled out (connect, use, sign in) is not the task',
  example: [
    'the certificate of sensor-12 leaked, make sure it can never connect again',
    'iot:UpdateCertificate',
  ],
};

/**
 * "the box should also accept connections on 8080", "let the ci account assume it as well": one
 * more thing joins those there, so the calls that add one (open, add, authorize, attach) answer,
 * and those that put the whole set anew (put, set) weigh less.
 */
export const ALSO_ADDS: Reasoned & {
  readonly words: ReadonlySet<string>;
  readonly phrases: readonly (readonly [string, string])[];
  /** Verbs that add one to a set; they join the plan's verbs. */
  readonly adding: Readonly<Record<string, number>>;
  /** Verbs that replace the whole set; their weight is scaled by `replacing`. */
  readonly replacingVerbs: readonly string[];
  readonly replacing: number;
} = {
  words: new Set(['also', 'additionally']),
  phrases: [
    ['as', 'well'],
    ['in', 'addition'],
  ],
  adding: { open: 1, add: 1, authorize: 0.9, attach: 0.8, associate: 0.7 },
  replacingVerbs: ['put', 'set'],
  replacing: 0.6,
  why: 'a change that "also" lets a thing do more adds one to what is there (open a port, add a rule): putting the whole set anew would drop the rest',
  example: ['the lightsail vps should also accept traffic on port 3000', 'lightsail:OpenInstancePublicPorts'],
};

// Data: a setting asked for by the state it should leave a thing in (issue 16, round 21): "the
// database should stay up if a zone goes down", "cached pages should go stale after an hour",
// "messages that fail 3 times should go to orders-dlq", "people must pick long passwords". The
// verb after the modal (stay, go, pick, send) is what the thing will do once it is set; the task
// now is the change to its settings (desired-state.ts). Tested in
// test/integration/search/desired-state-r21-outcome.test.ts.

import type { Reasoned } from './reasoned.js';

export const DESIRED_STATE: Reasoned & {
  /** Modals that state how a thing is to be from now on. */
  readonly modals: ReadonlySet<string>;
  /** Subjects before the modal that make it advice or a need of the user, not a thing's state. */
  readonly personal: ReadonlySet<string>;
  /** Words anywhere that make the sentence a report of a fault ("should work but fails"). */
  readonly report: ReadonlySet<string>;
  /** Openers of a permission to behave ("let the asg grow to 10"): a setting unless access follows. */
  readonly letting: ReadonlySet<string>;
  /**
   * How a thing is let behave: its size, load or keeping ("grow to 10", "work on 100 requests",
   * "keep messages 14 days"). Other verbs after "let" name a person's act ("let alice sign in",
   * "let me ssh"), a capability to build or a grant, not a setting.
   */
  readonly behaviours: ReadonlySet<string>;
  /** Modals of an allow-list rule after "only" ("only the office may connect", "only x should be able to"). */
  readonly onlyModals: ReadonlySet<string>;
  /** How many words the modal may come after "only". */
  readonly onlyReach: number;
  /** The verbs an allow-list rule is set with. */
  readonly allowVerbs: Readonly<Record<string, number>>;
  /** The verbs the setting is changed with; the typed verb keeps a share beside them. */
  readonly verbs: Readonly<Record<string, number>>;
} = {
  modals: new Set(['should', 'must', 'shall', 'shouldn', 'mustn']),
  personal: new Set(['i', 'you', 'which', 'what', 'how', 'where', 'when', 'who', 'whether', 'if']),
  report: new Set(['but', 'why', 'yet', 'though', 'although', 'instead', 'supposedly']),
  letting: new Set(['let']),
  behaviours: new Set([
    'grow',
    'shrink',
    'handle',
    'work',
    'keep',
    'burst',
    'serve',
    'process',
    'accept',
    'retain',
  ]),
  onlyModals: new Set(['may', 'can', 'should', 'must', 'shall']),
  onlyReach: 8,
  allowVerbs: { authorize: 1, allow: 0.9, put: 0.8, update: 0.7, modify: 0.7 },
  verbs: { put: 1, update: 0.9, modify: 0.9, set: 0.8, enable: 0.7, change: 0.6 },
  why: "a thing's desired state after should/must ('the endpoint should not be public') is a setting changed now, not the act the thing will do",
  example: ['the orders table should be billed per request', 'dynamodb:UpdateTable'],
};

/** Why "let X <behave>" and "only X may Y" are settings, with a query each must find first. */
export const LET_AND_ONLY: readonly Reasoned[] = [
  {
    why: '"let <thing> <verb>" with no access word after it lets the thing behave some way: a setting of it, not a grant to a principal',
    example: ['let asg batch-workers grow to 20 instances', 'autoscaling:UpdateAutoScalingGroup'],
  },
  {
    why: '"only <who> may <act>" is an allow list: the rule that lets them in is authorized or put, the act is not done now',
    example: [
      'only 10.1.0.0/16 should be able to reach port 443 on sg-0123abcd',
      'ec2:AuthorizeSecurityGroupIngress',
    ],
  },
];

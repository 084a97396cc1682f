// Data: words that say what NOT to do ("stop the instance WITHOUT terminating it", "remove bob
// from the group BUT KEEP the user"). The clause they open names a verb the user rules out, so
// its words are dropped before the query is read (negation.ts): the negated verb must not be
// taken for the task's verb, nor its noun for the thing acted on. Each entry says why and gives
// a query that must find its operation in the top five (test/integration/search/negation-r14.test.ts).

import type { Reasoned } from './reasoned.js';

export interface NegationMarker extends Reasoned {
  /** The marker's words, as typed (lower case). */
  readonly words: readonly string[];
  /**
   * The word after the marker must be a verb's -ing form ("without encryption" names a state,
   * not an action), and the clause must act on the thing the task acts on ("without deleting
   * IT"): "without opening port 22" or "without managing servers" says how the task is done,
   * and its words are what finds the operation that does it so.
   */
  readonly ingNext?: boolean;
  /** The marker opens a clause only after "but", "and" or a comma ("why don't my tasks start" is a question). */
  readonly afterJoin?: boolean;
}

export const NEGATION_MARKERS: readonly NegationMarker[] = [
  {
    words: ['without'],
    ingNext: true,
    why: '"without deleting it" rules the deletion out: the task is the verb before it',
    example: ['stop the rds database for the weekend without deleting it', 'rds:StopDBInstance'],
  },
  {
    words: ['instead', 'of'],
    ingNext: true,
    why: '"instead of deleting it" names the action the user does not want',
    example: ['turn off the eventbridge rule instead of deleting it', 'events:DisableRule'],
  },
  {
    words: ['rather', 'than'],
    ingNext: true,
    why: '"rather than terminating" names the action the user does not want',
    example: ['hibernate the ec2 instance rather than terminating it', 'ec2:StopInstances'],
  },
  {
    words: ['do', 'not'],
    afterJoin: true,
    why: '"..., but do not schedule its deletion": the clause after the join rules an action out',
    example: ['disable the kms key but do not schedule its deletion', 'kms:DisableKey'],
  },
  {
    words: ["don't"],
    afterJoin: true,
    why: '"but don\'t terminate the instances" rules the termination out',
    example: ["cancel the spot request but don't terminate the instances", 'ec2:CancelSpotInstanceRequests'],
  },
  {
    words: ['dont'],
    afterJoin: true,
    why: 'the same as "don\'t", typed without its apostrophe',
    example: ['cancel the spot request but dont terminate the instances', 'ec2:CancelSpotInstanceRequests'],
  },
  {
    words: ['never'],
    afterJoin: true,
    why: '"and never delete the data" rules an action out',
    example: ['detach the ebs volume but never delete the volume', 'ec2:DetachVolume'],
  },
  {
    words: ['but', 'keep'],
    why: '"but keep the user" says what must survive the task: the user is not what is removed',
    example: ['remove the user from the admins group but keep the user', 'iam:RemoveUserFromGroup'],
  },
];

/** Words that join a negated clause to the task ("stop it, but ..."). */
export const NEGATION_JOINS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** Words that end a negated clause: a new clause starts with them. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set(['then', 'and', 'but', 'so']);

/** Words that point back at the thing the task acts on ("without deleting it"). */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['it', 'them', 'its', 'their', 'these', 'those']);

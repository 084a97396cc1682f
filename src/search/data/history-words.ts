// Data: how a question asks who did something. "who turned off versioning on the logs bucket",
// "who tore down the staging stack": "who" and then an action in the past asks for the record of
// that action (CloudTrail's event history), not for the thing acted on nor for the action
// (src/search/history.ts). "who is subscribed", "who has access", "who can ..." ask about the
// present and are left to other entries.

import type { Reasoned } from './reasoned.js';

export interface HistoryQuestion extends Reasoned {
  /** Index terms of the record that answers the question, in AWS's words. */
  readonly terms: string;
  readonly services: readonly string[];
  /** Past forms that do not end in -ed ("took", "shut"): with "who" they ask for history too. */
  readonly irregular: ReadonlySet<string>;
  /**
   * Nouns for whoever acts: "which user deleted", "which iam role created" ask "who" with an
   * opener and the kind of actor, one word (`iam`) between them at most.
   */
  readonly actors: ReadonlySet<string>;
  /** Openers that, before an actor, ask who did it. */
  readonly actorOpeners: ReadonlySet<string>;
  /**
   * Round 17: "did someone delete the queue", "did anyone open port 22": "did", someone
   * unnamed, then the act asks whether (and so who) did it, the same record.
   */
  readonly someone: ReadonlySet<string>;
}

export const WHO_DID: HistoryQuestion = {
  terms: 'lookup events',
  services: ['cloudtrail'],
  irregular: new Set([
    'made',
    'took',
    'shut',
    'set',
    'spun',
    'tore',
    'broke',
    'ran',
    'put',
    'gave',
    'wrote',
    'cut',
    'let',
    'brought',
    'sent',
    'threw',
    'began',
    'rotated',
    'swapped',
    'blew',
    'froze',
    'stole',
    'left',
    'killed',
    'nuked',
    'wiped',
  ]),
  actors: new Set([
    'user',
    'person',
    'role',
    'principal',
    'identity',
    'admin',
    'engineer',
    'developer',
    'teammate',
  ]),
  actorOpeners: new Set(['which', 'what']),
  someone: new Set(['someone', 'somebody', 'anyone', 'anybody']),
  why: 'who did something in an account is answered by the API activity history CloudTrail keeps, whatever the action was',
  example: ['who turned off versioning on the audit-logs bucket', 'cloudtrail:LookupEvents'],
};

export interface ChangeQuestion extends Reasoned {
  /** Index terms of the record that answers it best, in AWS's words: the head noun. */
  readonly terms: string;
  /** Index terms of a record that answers it too (the API calls made on the thing), not the head. */
  readonly also: string;
  readonly services: readonly string[];
  /** Past forms that, after "what" ("what changed on sg-..."), ask what was done to the thing. */
  readonly changed: ReadonlySet<string>;
  /** Words that put a plural "changes" in the past ("what changes were made", "... happened"). */
  readonly past: ReadonlySet<string>;
  /** Words that make it a comparison of two versions ("what changed between the snapshots"): a diff. */
  readonly compare: ReadonlySet<string>;
  /**
   * Round 18: auxiliaries after "how" that ask the same of a thing named before its verb ("how
   * did sg-... change last week", "how has the role been modified"): its history, not a change.
   */
  readonly howAux: ReadonlySet<string>;
}

/**
 * "what changed on vpc-0abc... last week", "what changes were made to the deploy role": the
 * configuration history AWS Config records for the resource (and the API calls CloudTrail keeps)
 * answers it, not the read of the resource as it is now. Present or future wording ("what changes
 * if I enable ...") asks about something else and is not read so.
 */
export const WHAT_CHANGED: ChangeQuestion = {
  terms: 'resource config history',
  also: 'lookup events',
  services: ['config', 'cloudtrail'],
  changed: new Set(['changed', 'modified', 'altered', 'edited', 'touched']),
  past: new Set(['were', 'was', 'have', 'has', 'happened', 'made', 'got']),
  compare: new Set(['between', 'versus', 'vs']),
  howAux: new Set(['did', 'has', 'have']),
  why: 'what was done to one resource over time is its configuration history in AWS Config, or the API calls CloudTrail recorded',
  example: ['what changed on sg-0fedcba9876543210 since friday', 'config:GetResourceConfigHistory'],
};

/** Past forms of a decision the thing decided on keeps itself: "who approved" is not asked of CloudTrail. */
export const DECIDED_ON_THE_THING: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['approved', 'rejected', 'reviewed']),
  why: 'an approval or a review is recorded on what was approved (a pull request, a pipeline stage, a request), which answers who approved it',
  example: ['who approved pull request 57 in the payments repo', 'codecommit:GetPullRequestApprovalStates'],
};

// Data: clauses that say why a task is wanted, not what it is (purpose-clause.ts). "verify our
// domain so we can send email from it": the task is verifying; sending is what it is for. Read
// as part of the task, the purpose's verb outvotes the task's ("send" pulls the send and get
// operations). A purpose clause after the task's verb is read as a later step (verb-finder.ts):
// its verb is not the task's, its words count less. Each entry says why and has an example that
// test/integration/search/purpose-clause-r16-requests.test.ts checks.

import type { Reasoned } from './reasoned.js';

/** A purpose marker: its opening words, then who the purpose is for (if any), then a modal. */
export interface PurposeMarker extends Reasoned {
  /** The words that open it ("so that"). */
  readonly words: readonly string[];
  /** Whether someone (1 to PURPOSE_WHO_WORDS words) and a modal follow ("so WE CAN"). */
  readonly who: boolean;
  /** The word that ends it, when not a modal ("in order TO"). */
  readonly last?: string;
}

export const PURPOSE_MARKERS: readonly PurposeMarker[] = [
  {
    words: ['so', 'that'],
    who: true,
    why: '"so that bob can X" says what the task makes possible afterwards; the task is before it',
    example: ['add my iam user to the admins group so that i can create roles', 'iam:AddUserToGroup'],
  },
  {
    words: ['so'],
    who: true,
    why: '"so we can X" says what the task makes possible afterwards; the task is before it',
    example: ['verify our domain so we can send email from it', 'sesv2:CreateEmailIdentity'],
  },
  {
    words: ['in', 'order'],
    who: false,
    last: 'to',
    why: '"in order to X" names the reason, not the operation to call',
    example: [
      'copy the prod db snapshot to us-west-2 in order to survive a region outage',
      'rds:CopyDBSnapshot',
    ],
  },
];

/** Most words naming who the purpose is for: "we", "bob", "the auditors", "our on-call team". */
export const PURPOSE_WHO_WORDS = 3;

/**
 * The modals of a purpose: what they then can do. Not "can't" or "don't": "so tags can't be
 * overwritten" and "so users don't hit cold starts" describe the outcome the task sets up.
 */
export const PURPOSE_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'may', 'might']);

/** Words after a modal that negate it ("can not"; "can't" is read as "can" "t"). */
export const MODAL_NEGATIONS: ReadonlySet<string> = new Set(['not', 't', 'no', 'never']);

/**
 * Share of its weight the purpose's verb word keeps as a term: it is not the task's verb ("so we
 * can SEND email" must not pull the send operations), but it often tells apart operations that
 * do the task ("a token so they can PUBLISH video" is a stage's participant token).
 */
export const PURPOSE_VERB_SHARE = 0.5;

/** Share of their weight the purpose clause's other words keep: they say what for, a little less what. */
export const PURPOSE_WORD_SHARE = 0.9;

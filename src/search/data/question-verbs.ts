// Data: which read a question's opener asks for. Most questions take any read of the thing
// (intent.ts QUESTION_VERBS); a count asks for the set itself, so the List or Describe of the
// things counted answers it, not a Get of a setting that mentions how many may exist; asked
// how many are allowed, it is a limit again.

import type { Reasoned } from './reasoned.js';

export interface QuestionVerbs extends Reasoned {
  /** Operation verb -> weight, in place of the generic question verbs. */
  readonly verbs: Readonly<Record<string, number>>;
  /** Words that make it another question: "how many am I allowed" asks a limit, "how many calls
   * did it make" a usage record, both read by a Get. */
  readonly unless?: ReadonlySet<string>;
}

/** Openers (one word or two, as typed) whose question asks for one kind of read. */
export const QUESTION_FORM_VERBS: Readonly<Record<string, QuestionVerbs>> = {
  'how many': {
    verbs: { count: 1, list: 1, describe: 1, get: 0.6, lookup: 0.6 },
    unless: new Set([
      'did',
      'allowed',
      'can',
      'could',
      'may',
      'limit',
      'max',
      'maximum',
      'quota',
      'permitted',
    ]),
    why: 'a count of things is what a Count operation returns, or the length of their list: List or Describe them, a Get reads one thing or a setting',
    example: ['how many lambda functions do we have in eu-west-1', 'lambda:ListFunctions'],
  },
  would: {
    verbs: { simulate: 1, get: 0.8, describe: 0.8, list: 0.6 },
    why: 'asks what would happen, most often whether a principal would be allowed: a simulation answers before any read',
    example: ['would user bob be allowed to call ec2:TerminateInstances', 'iam:SimulatePrincipalPolicy'],
  },
};

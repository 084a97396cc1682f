// Data: a question that asks for a change (issue 16, round 22). "can the schedule fire at 6am
// instead of midnight?", "can the secret change itself every 30 days?", "can the role be assumed
// from our ci account as well?": the asker does not wonder whether the thing may act, they want
// it set so; "..., can we sample only 1 percent?" asks the reader to do it. Read by
// aux-question.ts (a "can <subject>" question with one of these words is a request) and
// status.ts (a polite request is no clipped status question). Tested in
// test/integration/search/ask-to-change-r22-change.test.ts.

import type { Reasoned } from './reasoned.js';

export const ASKED_TO_CHANGE: Reasoned & {
  /** Words in a "can <subject> ..." question that name a state other than the present one. */
  readonly words: ReadonlySet<string>;
  /** Two-word phrases that do the same ("as well": one more than now). */
  readonly phrases: readonly (readonly [string, string])[];
  /** Modal and addressee pairs that ask the reader to act, wherever they stand. */
  readonly polite: ReadonlySet<string>;
} = {
  words: new Set(['instead', 'itself', 'themselves']),
  phrases: [['as', 'well']],
  polite: new Set(['can we', 'can you', 'could we', 'could you', 'would you']),
  why: 'a "can <thing> ..." question naming another state than now (instead of, by itself, as well) asks for the change, not whether it is possible',
  example: ['can the nightly schedule run at 5am instead of midnight?', 'scheduler:UpdateSchedule'],
};

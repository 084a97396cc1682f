// Data: how a query says it asks about the past ("what did we spend last month", "how much was
// the bill in june"). What already happened is read from the record of it, never from a
// forecast: an operation named for a prediction answers the opposite question
// (src/search/tense.ts). Each table says why and gives a query that must rank its operation first.

import type { Reasoned } from './reasoned.js';

export interface TenseWords extends Reasoned {
  readonly words: ReadonlySet<string>;
}

/** Words (one each, as typed) that put the question in the past. */
export const PAST_MARKERS: TenseWords = {
  words: new Set(['did', 'was', 'were', 'spent', 'yesterday', 'ago', 'last', 'previous', 'happened']),
  why: 'a question about what already happened (did, was, spent, last month) is answered by the record, not a projection',
  example: ['what did I spend on aws last month', 'ce:GetCostAndUsage'],
};

/** Name words of operations that predict: in a question about the past they answer another one. */
export const FUTURE_NAME_WORDS: TenseWords = {
  words: new Set(['forecast', 'prediction', 'predictions']),
  why: 'a forecast projects what will be spent or used; what was spent is in the cost and usage record',
  example: ['how much did lambda cost last month', 'ce:GetCostAndUsage'],
};

/** Words before an -ed word that make it the verb of a clause ("we deleted"), not a participle. */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'someone',
  'somebody',
  'who',
  'it',
]);

// Data: a concept that brings its own verb yields to the verb the user typed
// (src/search/concept-verbs.ts). The receipt and invoice concepts mean "analyze" (Textract); in
// "mail a receipt to a customer" or "save the extracted invoice fields to dynamodb" the receipt
// is only what the typed verb carries, so the concept's services count for less there. Only the
// verb's object yields: a concept further on says how or when ("run it every morning").

import type { Reasoned } from './reasoned.js';

export const CONCEPT_AS_OBJECT: Reasoned & {
  readonly weight: number;
  readonly unsaid: ReadonlySet<string>;
  readonly adjectiveEnds: RegExp;
} = {
  /** The share of its service weight a concept keeps when the typed verb is not its own. */
  weight: 0.5,
  /** Words before a verb that say it is not done ("shell in without opening port 22"): no object yields. */
  unsaid: new Set(['without', 'not', 'never']),
  /** Words that may stand between the verb and its object as its adjectives ("quarterly", "scanned"). */
  adjectiveEnds: /..(ed|ly)$/,
  why: 'a thing a typed change verb acts on ("mail the receipt") is not the task the concept\'s own verb (analyze) names',
  example: ['mail a receipt to a customer', 'ses:SendEmail'],
};

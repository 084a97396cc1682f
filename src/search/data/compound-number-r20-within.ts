// Data: how far a compound noun runs from the head noun for its number to be its last word's
// (src/search/compound-number.ts): "key policy" (GetKeyPolicy), "user pool client"
// (DescribeUserPoolClient). Tested in test/integration/search/compound-number-r20-within.test.ts.

import type { Reasoned } from './reasoned.js';

export const COMPOUND_NUMBER: Reasoned & {
  /** Words of the longest compound read (names rarely run a noun longer). */
  readonly maxWords: number;
} = {
  maxWords: 3,
  why:
    'a compound noun (key policy, user pool client) is one thing or many by its last word: ' +
    'the one read (GetKeyPolicy) answers "the key policy", the list (ListKeyPolicies) "the key policies"',
  example: ['show the key policy on kms key 1234abcd', 'kms:GetKeyPolicy'],
};

// Data: "get a new X", "grab another X" (issue 16, round 16, src/search/get-new.ts). Getting a
// thing the words call new is having one made: a Create, a Request (a certificate), an Allocate
// (an address) or a Claim (a phone number), not a read of one that exists. Each entry says why
// and gives a query whose first result a test checks (test/integration/search/acted-on-r16.test.ts).

import type { Reasoned } from './reasoned.js';

export const GET_NEW: Reasoned & {
  readonly verbs: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly newWords: ReadonlySet<string>;
  readonly weights: Readonly<Record<string, number>>;
} = {
  /** Verbs of getting that read a thing that exists, unless the thing is new. */
  verbs: new Set(['get', 'grab', 'obtain', 'fetch', 'acquire']),
  /** Words between the verb and the word that says new: "get me a new", "grab us one more". */
  fillers: new Set(['me', 'us', 'myself', 'ourselves', 'them', 'him', 'her', 'a', 'an', 'one', 'brand']),
  newWords: new Set(['new', 'another', 'fresh', 'extra', 'additional', 'second', 'spare']),
  weights: { create: 1, request: 0.9, allocate: 0.8, claim: 0.7, generate: 0.6, issue: 0.6, purchase: 0.5 },
  why: 'a thing gotten new is made for the asker (created, requested, allocated), not read',
  example: ['how can I get a new access key for the deploy user?', 'iam:CreateAccessKey'],
};

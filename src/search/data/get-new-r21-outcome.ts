// Data: "does the key get new key material each year", "will the instance get a new ip after a
// stop" (issue 16, round 21): in a question opened by does/did/will whose subject is a thing, the
// thing is what gets something new, by AWS's doing; the question asks how the thing behaves (a
// read of its setting), not for a new one made (get-new.ts). Tested in
// test/integration/search/desired-state-r21-outcome.test.ts.

import type { Reasoned } from './reasoned.js';

export const THING_GETS_NEW: Reasoned & {
  /** Auxiliaries that open a question about what a thing does. */
  readonly openers: ReadonlySet<string>;
  /** Subjects after "do" that make the asker the one getting: "do I get a new ip" may still ask. */
  readonly askers: ReadonlySet<string>;
} = {
  openers: new Set(['does', 'did', 'will', 'would', 'do']),
  askers: new Set(['i', 'we', 'you', 'me', 'us']),
  why: 'a thing that gets something new in a does/will question is asked about; nothing is to be made',
  example: ['does our customer key get fresh key material each year?', 'kms:GetKeyRotationStatus'],
};

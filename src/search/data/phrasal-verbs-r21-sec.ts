// Data: phrasal verbs of round 21 (security, identity and governance, as security engineers
// ask), split around their object like those of phrasal-verbs.ts: "keep the db password
// somewhere safe" stores it ("keep" alone reads as keeping a setting, as in "keep old
// versions"). Merged at the end of PHRASAL_VERBS; each example must find its operation in the
// top five (test/integration/search/instead-clause-r21-sec.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

/** Keeping a thing somewhere safe stores it there, as `store` does (data/verbs.ts). */
const STORE = { put: 1, create: 0.9, write: 0.7 };

export const R21_SEC_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'keep safe': {
    weights: STORE,
    why: 'keeping a password, key or token safe stores it where it is protected: a new secret or parameter',
    example: ['keep the stripe api token safe', 'secretsmanager:CreateSecret'],
  },
  'keep somewhere': {
    weights: STORE,
    why: 'keeping a thing somewhere (safe, out of the code) stores it there',
    example: ['keep the db password somewhere safe', 'secretsmanager:CreateSecret'],
  },
};

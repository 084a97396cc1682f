// Data: phrasal verbs of round 22 (changes asked indirectly), split around their object like
// those of phrasal-verbs.ts: "get the cluster onto 1.30", "bring the database up to the latest
// engine" move a thing that exists to another version or value (an upgrade or an update), where
// "get the cluster" alone reads it. Merged at the end of PHRASAL_VERBS; each example must find its
// operation in the top five (test/integration/search/ask-to-change-r22-change.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

/** Moving a thing onto another version or value updates or upgrades it; reading it keeps a little. */
const MOVE_ONTO = { update: 1, upgrade: 1, modify: 0.9, set: 0.6 };

export const R22_CHANGE_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'get onto': {
    weights: MOVE_ONTO,
    why: 'getting a thing onto a version or a value moves it there: an upgrade or update, not a read of it',
    example: ['get the prod eks cluster onto kubernetes 1.31', 'eks:UpdateClusterVersion'],
  },
  'get up to': {
    weights: MOVE_ONTO,
    why: 'getting a thing up to a version moves it there: an upgrade, not a read',
    example: ['get the staging eks cluster up to 1.31', 'eks:UpdateClusterVersion'],
  },
  'bring up to': {
    weights: MOVE_ONTO,
    why: 'bringing a thing up to a version or a value upgrades or updates it',
    example: [
      'bring the analytics opensearch domain up to the latest engine version',
      'opensearch:UpgradeDomain',
    ],
  },
};

// Data: "get a daily X", "receive a weekly X" (issue 16, round 21, src/search/get-new.ts). A thing
// gotten every day or week does not exist yet: asking to get it regularly is setting up what makes
// it (an S3 inventory, a backup plan, a lifecycle policy, a report definition), not a read of one.
// The entry says why and gives a query whose first result a test checks
// (test/integration/search/concepts-r21-data.test.ts).

import type { Reasoned } from './reasoned.js';

export const GET_RECURRING: Reasoned & {
  readonly verbs: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly newWords: ReadonlySet<string>;
  readonly weights: Readonly<Record<string, number>>;
} = {
  verbs: new Set(['get', 'grab', 'receive', 'fetch', 'produce', 'generate']),
  fillers: new Set(['me', 'us', 'them', 'a', 'an', 'one']),
  newWords: new Set([
    ...['daily', 'nightly', 'hourly', 'weekly', 'monthly', 'quarterly', 'yearly', 'regular'],
    ...['recurring', 'scheduled', 'periodic'],
  ]),
  weights: { create: 1, put: 1, schedule: 0.8, enable: 0.6, start: 0.4 },
  why: 'a thing gotten every day or week is made by a standing setup (an inventory, a plan, a policy); asking for it is setting that up, not reading one',
  example: ['get a weekly csv of every object in bucket data-lake', 's3:PutBucketInventoryConfiguration'],
};

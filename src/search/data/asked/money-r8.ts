// Data: how people ask for cost, account and access operations (see ../asked.ts), round 8 of
// the money group.

import type { AskedEntry } from './types.js';

export const ASKED_MONEY_R8: readonly AskedEntry[] = [
  {
    op: 'accessanalyzer:UpdateFindings',
    asked:
      'archive an analyzer finding, dismiss or resolve an access finding, mark a finding as expected or intended, reopen an archived finding',
    example: 'dismiss the access analyzer finding about the shared bucket, it is intended',
  },
];

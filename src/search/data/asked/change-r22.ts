// Data: how people ask for operations (see ../asked.ts), issue 16 round 22 (changes asked by what
// should happen): a budget alert that goes out at the wrong share of the budget has its threshold
// changed on the notification that exists, written from the operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_CHANGE_R22: readonly AskedEntry[] = [
  {
    op: 'budgets:UpdateNotification',
    asked:
      'change the threshold of a budget notification, warn at another percent of the budget, warn later or earlier, switch from actual to forecasted spend',
    example: 'the team-a budget notification triggers at 50 percent which is too early, raise it to 75',
  },
];

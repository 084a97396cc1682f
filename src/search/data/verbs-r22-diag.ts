// Data: everyday verbs of round 22 (people debugging), merged into VERB_SYNONYMS by
// verbs-everyday.ts. Each says why, with an example query that must find its operation in the
// top five (test/integration/search/verbs-r22-diag.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Reading, as "show" reads (data/verbs.ts). */
const READ = { list: 1, describe: 1, get: 0.9, search: 0.4 };

export const R22_DIAG_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'tell me': {
    weights: READ,
    why: '"tell me the X" asks to be shown X, as "show me" does; without it a later verb of the sentence ("the executions lambda may run") was read as the task',
    example: [
      'tell me the cap on concurrent executions lambda allows this account',
      'lambda:GetAccountSettings',
    ],
  },
  'tell me if': {
    weights: { create: 1, put: 0.8, subscribe: 0.6, enable: 0.4 },
    why: '"tell me if X happens" asks to be told later, as "tell me when" and "warn me if" do',
    example: ['tell me if hackers break into my account', 'guardduty:CreateDetector'],
  },
  'tell me when': {
    weights: { create: 1, put: 0.8, subscribe: 0.6, enable: 0.4 },
    why: '"tell me when X happens" asks to be told later: a notification, alarm or budget is set up, nothing is read now',
    example: ['tell me when the monthly aws spend passes 500 dollars', 'budgets:CreateBudget'],
  },
};

// Data: everyday verbs of round 19 (on-call wordings), merged into VERB_SYNONYMS by
// verbs-everyday.ts (an entry here overrides one there). Each says why, with an example query
// that must find its operation in the top five (test/integration/search/verbs-r19-oncall.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Rolling back: the Rollback* call, else a restore, else stopping what is rolling out. */
const ROLL_BACK = { rollback: 1, stop: 0.8, restore: 0.6, cancel: 0.4 };

export const R19_ONCALL_VERBS: Readonly<Record<string, EverydayVerb>> = {
  // a deployment in progress (CodeDeploy, AppConfig) is rolled back by stopping it: StopDeployment
  // reverts it, and there is no Rollback* call for it
  'roll back': {
    weights: ROLL_BACK,
    why: 'rolling back a deployment in progress stops it (StopDeployment reverts it); where a Rollback* call exists it leads',
    example: ['roll back the in-progress deployment d-1A2B3C4D5 in codedeploy', 'codedeploy:StopDeployment'],
  },
  rollback: {
    weights: ROLL_BACK,
    why: 'a rollback is the same as rolling back',
    example: ['rollback codedeploy deployment d-ABCDEF123', 'codedeploy:StopDeployment'],
  },
};

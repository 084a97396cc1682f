// Data: phrasal verbs of round 21 (on-call and routine operations wordings), split around their
// object like those of phrasal-verbs.ts: "give the database more storage" raises a setting of a
// thing that exists ("give" alone grants or attaches, as in "give bob access"). Merged at the end
// of PHRASAL_VERBS; each example must find its operation in the top five
// (test/integration/search/phrasal-verbs-r21-ops.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

/**
 * Giving a thing more of something raises one of its settings (storage, memory, capacity, nodes);
 * granting keeps a little weight for "give the role more permissions".
 */
const GIVE_MORE = { modify: 1, update: 1, increase: 1, resize: 0.8, set: 0.6, grant: 0.4, attach: 0.3 };

export const R21_OPS_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  // read before `give more` (a longer particle first): more time is a wait extended, not a size
  'give more time': {
    weights: { extend: 1, record: 0.9, send: 0.8, change: 0.8, update: 0.6 },
    why: 'giving a thing more time extends a wait or a timeout (a lifecycle hook heartbeat, a message’s visibility), not a setting raised',
    example: [
      'give i-0abc more time in the terminating wait state',
      'autoscaling:RecordLifecycleActionHeartbeat',
    ],
  },
  'give more': {
    weights: GIVE_MORE,
    why: 'giving a thing more storage, memory or capacity raises that setting of the thing (Modify*/Update*); "give" alone grants',
    example: ['give the rds instance more storage', 'rds:ModifyDBInstance'],
  },
  'give extra': {
    weights: GIVE_MORE,
    why: 'giving a thing extra capacity raises that setting, as giving it more does',
    example: ['give my lambda function extra memory', 'lambda:UpdateFunctionConfiguration'],
  },
  'give another': {
    weights: GIVE_MORE,
    why: 'giving a disk or a database another 100 GiB raises its size, as giving it more does',
    example: ['give vol-0123456789abcdef0 another 100 GiB', 'ec2:ModifyVolume'],
  },
};

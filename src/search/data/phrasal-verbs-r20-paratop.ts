// Data: phrasal verbs of round 20 (paraphrases of the best-known twenty-five services), split
// around their object like those of phrasal-verbs.ts: "pull the box out of the rotation" takes a
// member out of its group ("pull" alone reads, as in "pull the logs"). Merged at the end of
// PHRASAL_VERBS; each example must find its operation in the top five
// (test/integration/search/verbs-r20-paratop.test.ts).

import type { PhrasalVerb } from './phrasal-verbs.js';

/** Taking a member out of a group or a load balancer (as 'take out' in phrasal-verbs.ts). */
const OUT_OF = { deregister: 1, remove: 1, detach: 0.9, disassociate: 0.8 };

export const R20_PARATOP_PHRASAL_VERBS: Readonly<Record<string, PhrasalVerb>> = {
  'pull out': {
    weights: OUT_OF,
    why: 'pulling a server out of a rotation, group or pool removes it from there; "pull" alone reads',
    example: ['pull i-0abc1234def567890 out of the web target group', 'elbv2:DeregisterTargets'],
  },
  'kick out': {
    weights: OUT_OF,
    why: 'kicking a member out of a group or a pool removes it, as taking it out does',
    example: ['kick user bob out of the admins iam group', 'iam:RemoveUserFromGroup'],
  },
};

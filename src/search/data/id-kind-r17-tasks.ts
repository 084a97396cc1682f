// Data: how much an identifier's resource type counts as a word of the query. An id AWS assigned
// when it made the resource (vpc-..., i-..., an ARN's resource type) names exactly one thing of
// that type: its type word ("target group", "vpc") is as sure as if it were typed, and with two
// ids of two kinds ("put i-... behind arn:...:targetgroup/web/...") both kinds weigh as typed,
// so the operation that joins the two kinds is found, not one that reads a word next to them
// ("port" of a security group). A name-like id ("call-8812") only suggests its type: it keeps
// the expansion weight (ranking-params.ts TERM_WEIGHT.expansion). Read by src/search/id-plan.ts.

import type { Reasoned } from './reasoned.js';

export const ASSIGNED_ID_KIND: Reasoned & { readonly weight: number } = {
  weight: 1,
  why: 'an id AWS assigned names one thing of its type: the type word counts as a typed word',
  example: [
    'put i-0fedcba9876543210 on port 9090 behind arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/api/0123456789abcdef',
    'elbv2:RegisterTargets',
  ],
};

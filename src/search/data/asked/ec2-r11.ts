// Data: round-11 self-play words for EC2, Auto Scaling and load balancer reads that had no asked
// entry (see ../asked.ts): the questions people ask about a group's members and a load balancer's
// settings ("which asg owns this box", "are access logs on", "which tls policies can I pick").
import type { AskedEntry } from './types.js';

export const ASKED_EC2_R11: readonly AskedEntry[] = [
  {
    op: 'elbv2:DescribeLoadBalancerAttributes',
    asked:
      'are access logs on for the load balancer, is deletion protection enabled on the alb, how long may a connection sit open, is cross zone load balancing on, which features are switched on for an alb, is http2 enabled',
    example: 'is deletion protection turned on for the prod-web alb',
  },
];

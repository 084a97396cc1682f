// Data: how people ask for delivery and operations work (see types.ts), round 8 of the devops
// group: reading one resilience assessment's score, reading who and what one incident response
// plan engages.

import type { AskedEntry } from './types.js';

export const ASKED_DEVOPS_R8: readonly AskedEntry[] = [
  {
    op: 'resiliencehub:DescribeAppAssessment',
    asked:
      'resiliency score of an app, result of a resilience check, does the app meet its rto and rpo, estimated recovery time versus target, outcome of one assessment',
    example: 'what score did the last resilience check of the billing app get',
  },
  {
    op: 'ssm-incidents:GetResponsePlan',
    asked:
      'who is on a response plan, which contacts and escalation a plan pages, details of one playbook, chat channel and runbook of a plan',
    example: 'which contacts does the checkout-outage response plan page',
  },
];

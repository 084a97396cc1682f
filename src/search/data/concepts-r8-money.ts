// Data: everyday phrases of cost and account work (see concepts.ts), round 8 of the money group:
// sharing a network hub with another account, what the analyzer saw shared outside, vCPU limits,
// whether prepaid reservations are used, an application's Cedar policy store.

import type { Concept } from './concepts.js';

export const R8_MONEY_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'share our transit gateway',
      'share the transit gateway',
      'share a transit gateway',
      'share transit gateway',
      'access to our transit gateway',
    ],
    terms: 'create resource share',
    services: ['ram'],
    why: 'another account reaches a transit gateway only once RAM shares it; the gateway itself is unchanged',
    example: ['share the transit gateway with account 222233334444', 'ram:CreateResourceShare'],
  },
  {
    phrases: [
      'has anyone shared',
      'shared externally',
      'shared outside our account',
      'external access findings',
    ],
    terms: 'findings',
    services: ['accessanalyzer'],
    why: 'what is already shared outside the account or organization is what IAM Access Analyzer reports as findings',
    example: ['has anyone shared a secret with another account', 'accessanalyzer:ListFindings'],
  },
  {
    phrases: ['how many vcpus', 'vcpu limit', 'vcpu quota', 'instances are we allowed', 'instance limit'],
    terms: 'service quota',
    services: ['service-quotas'],
    why: 'the number of on-demand vCPUs an account may run is an EC2 service quota, not a metric',
    example: ['what is our vcpu limit for spot instances in eu-west-1', 'service-quotas:GetServiceQuota'],
  },
  {
    phrases: [
      'reserved instances being used',
      'reserved instances being fully used',
      'wasting our reserved',
      'ri utilization',
      'reserved instance utilization',
      'using our reserved instances',
      'using our reservations',
    ],
    terms: 'reservation utilization',
    services: ['ce'],
    why: 'how much of the prepaid reservations is used is Cost Explorer reservation utilization, not the EC2 list',
    example: ['are the reserved instances being used at all', 'ce:GetReservationUtilization'],
  },
  {
    phrases: ['in policy store', 'in the policy store', 'in our policy store'],
    terms: 'authorized',
    services: ['verifiedpermissions'],
    why: 'a request naming a Cedar policy store is Verified Permissions, most often asking for a decision',
    example: [
      'check whether bob may view album trips in policy store PSEXAMPLEabcdefg222222',
      'verifiedpermissions:IsAuthorized',
    ],
  },
  {
    phrases: ['spending goes over', 'spend goes over', 'spending exceeds', 'spend exceeds', 'bill goes over'],
    terms: 'create budget',
    services: ['budgets'],
    why: 'being told when spending crosses an amount is an AWS Budget with a notification, not a metric alarm',
    example: ['text the team when our spend exceeds 2000 dollars in a month', 'budgets:CreateBudget'],
  },
  {
    // a question about an identity's permission: answered by the policy simulator, not by
    // calling the action it names
    phrases: [
      'can user',
      'can role',
      'can the role',
      'would be allowed',
      'is allowed to call',
      'be allowed to call',
    ],
    terms: 'simulate principal policy',
    services: ['iam'],
    why: 'whether a user or role may do an action is answered by simulating its policies (IAM policy simulator)',
    example: ['can user alice delete objects in the finance bucket', 'iam:SimulatePrincipalPolicy'],
  },
];

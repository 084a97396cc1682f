// Data: words for the scope of a task (see concepts.ts). "every account in the org" says where
// a task applies, not which service does it: it asks for the organization-wide form of the
// operation the rest of the query names (GuardDuty's organization configuration, Config's
// aggregated compliance, Organizations' own account list), never a service on its own.

import type { Concept } from './concepts.js';

export const R10_SCOPE_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'every account in the org',
      'every account in the organization',
      'every account in our org',
      'every account in our organization',
      'all accounts in the org',
      'all accounts in the organization',
      'all accounts in our org',
      'all accounts in our organization',
      'across all accounts',
      'across all our accounts',
      'across every account',
      'for the whole org',
      'for the whole organization',
      'whole organization',
    ],
    terms: 'organization account',
    why: 'a task for every account of an organization is the organization-wide form of the named operation (an organization configuration, a delegated administrator), whatever the service',
    example: ['turn on guardduty for every account in the org', 'guardduty:UpdateOrganizationConfiguration'],
  },
  {
    phrases: ['compliance across all accounts', 'compliance across accounts', 'compliance for every account'],
    terms: 'aggregate compliance',
    services: ['config'],
    why: 'AWS Config reports compliance over many accounts through an aggregator: the Aggregate... operations',
    example: [
      'show config rule compliance across all accounts',
      'config:DescribeAggregateComplianceByConfigRules',
    ],
  },
  {
    phrases: [
      'deploy to every account',
      'deploy to all accounts',
      'stack to every account',
      'stack to all accounts',
      'template to every account',
      'template to all accounts',
      'stack out to every account',
    ],
    terms: 'create stack set instances',
    services: ['cloudformation'],
    why: 'one CloudFormation template deployed to many accounts is a StackSet and its stack instances',
    example: ['deploy this stack to every account in the org', 'cloudformation:CreateStackInstances'],
  },
];

// Data: round 10 vocabulary of the management and governance services (see concepts.ts): the
// everyday words for asking AWS for a higher limit, settings an app reads, OpsCenter work items,
// the console's User Notifications, and the people Incident Manager pages.

import type { Concept } from './concepts.js';

export const R10_GOVERNANCE_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['raise the ceiling', 'bump the limit', 'bump the quota', 'bump our limit', 'raise our limit'],
    terms: 'request service quota increase',
    services: ['service-quotas'],
    why: 'a ceiling AWS sets on an account (concurrent executions, vCPUs, addresses) only grows through a quota increase request',
    example: [
      'bump our limit on concurrent lambda executions to 5000',
      'service-quotas:RequestServiceQuotaIncrease',
    ],
  },
  {
    phrases: [
      'encrypted setting',
      'encrypted settings',
      'secure setting',
      'config setting',
      'config settings',
      'settings my app reads',
      'setting my app reads',
      'setting the app reads',
    ],
    terms: 'parameter',
    services: ['ssm'],
    why: 'a setting an application reads at start, plain or encrypted (SecureString), is a Parameter Store parameter',
    example: ['save the feature toggle as a config setting the app reads on start', 'ssm:PutParameter'],
  },
  {
    phrases: ['opsitem', 'opsitems', 'ops item', 'ops items', 'opscenter', 'ops center'],
    terms: 'ops item',
    services: ['ssm'],
    why: 'OpsCenter tracks operational issues as OpsItems, written as one word by the console and by people',
    example: ['which opsitems are still open for the payments app', 'ssm:DescribeOpsItems'],
  },
  {
    phrases: ['user notifications', 'notification center', 'notifications center', 'console notifications'],
    terms: 'notification configuration',
    services: ['notifications'],
    why: 'the console Notification Center and its email and mobile alerts are AWS User Notifications configurations',
    example: [
      'set up user notifications for ec2 state changes',
      'notifications:CreateNotificationConfiguration',
    ],
  },
  {
    phrases: [
      'on-call engineer',
      'on call engineer',
      'on-call person',
      'on call person',
      'on-call contact',
      'on call contact',
      'responder',
      'responders',
    ],
    terms: 'contact',
    services: ['ssm-contacts'],
    why: 'the people Incident Manager pages (and how: sms, voice, email) are contacts and their channels',
    example: ['add carol as an on-call engineer in incident manager', 'ssm-contacts:CreateContact'],
  },
  {
    phrases: ['problem detection', 'detect problems', 'detects problems', '.net app', 'sql server app'],
    terms: 'application insights',
    services: ['application-insights'],
    why: 'automatic problem detection for .NET, SQL Server and other application stacks is CloudWatch Application Insights',
    example: ['automatic problem detection for our sql server app', 'application-insights:CreateApplication'],
  },
  {
    phrases: [
      'control enablement',
      'guardrail enablement',
      'enabling the control',
      'enabling the guardrail',
      'enabling a control',
      'enabling a guardrail',
      'control operation',
      'guardrail finish',
      'guardrail done',
      'control finish',
    ],
    terms: 'control operation',
    services: ['controltower'],
    why: 'turning a Control Tower control (guardrail) on or off runs as a control operation whose status is read by id',
    example: [
      'is the guardrail enablement for ou-ab12-cdef34 still running',
      'controltower:GetControlOperation',
    ],
  },
  {
    phrases: [
      'keep the connection string',
      'store the connection string',
      'save the connection string',
      'keep the db connection string',
      'store the db connection string',
      'keep the database connection string',
      'store the database connection string',
      'connection string as a secret',
    ],
    terms: 'parameter secret',
    services: ['ssm', 'secretsmanager'],
    why: 'an application keeps its database connection string outside the code, in Parameter Store or Secrets Manager; the database itself only reports its endpoint',
    example: ['store the database connection string for the api somewhere safe', 'ssm:PutParameter'],
  },
];

// Data: concepts (see concepts.ts) for the deeper operations of the best-known services, issue 16
// round 15: the words people use for a thing whose AWS name they do not say, a connection pooler
// for an RDS proxy and a SecureString for an encrypted Parameter Store parameter.

import type { Concept } from './concepts.js';

export const R15_TAIL_D_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['connection pooler', 'connection poolers', 'connection pool', 'pooler', 'poolers', 'pgbouncer'],
    terms: 'db proxy',
    services: ['rds'],
    why: 'RDS Proxy pools and shares database connections: people name it for what it does, a pooler (pgbouncer is the self-hosted one it replaces)',
    example: ['add a pooler in front of our postgres database', 'rds:CreateDBProxy'],
  },
  {
    phrases: ['secure string', 'secure strings', 'securestring', 'encrypted string parameter'],
    terms: 'parameter',
    services: ['ssm'],
    why: 'SecureString is the encrypted type of a Parameter Store parameter; "the db" in "the db password as a secure string" is what is stored, not the service',
    example: ['save the stripe key as a secure string', 'ssm:PutParameter'],
  },
  {
    phrases: [
      'outside cloudformation',
      'outside of cloudformation',
      'outside the stack',
      'outside of the stack',
      'outside the template',
      'outside of the template',
    ],
    terms: 'drift',
    services: ['cloudformation'],
    why: 'a stack resource changed other than through its stack has drifted from the template: CloudFormation calls that difference drift',
    example: [
      'which resources of stack web-prod were changed outside the template',
      'cloudformation:DescribeStackResourceDrifts',
    ],
  },
];

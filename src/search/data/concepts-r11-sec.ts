// Data: concepts (see concepts.ts) for the security group (iam, sts, kms, secretsmanager),
// issue 16 round 11: the names of AWS managed IAM policies said as words.

import type { Concept } from './concepts.js';

export const R11_SEC_CONCEPTS: readonly Concept[] = [
  {
    // ReadOnlyAccess, AdministratorAccess, PowerUserAccess, AmazonS3FullAccess: the query's
    // CamelCase name is split into these words before the phrase scan
    phrases: [
      'read only access policy',
      'administrator access policy',
      'power user access policy',
      'full access policy',
    ],
    terms: 'managed policy',
    services: ['iam'],
    why: 'ReadOnlyAccess, AdministratorAccess, PowerUserAccess and the *FullAccess names are AWS managed IAM policies; a question about one of them is about that IAM policy, not a resource policy of a bucket or table',
    example: ['which roles and users are using the ReadOnlyAccess policy', 'iam:ListEntitiesForPolicy'],
  },
];

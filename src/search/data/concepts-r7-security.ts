// Data: round 7 vocabulary of the security services (see concepts.ts): product terms people
// use for a service without naming it.

import type { Concept } from './concepts.js';

export const R7_SECURITY_CONCEPTS: readonly Concept[] = [
  {
    // rds stays listed: the phrase would otherwise take the `db` alias away from a real rds task
    phrases: ['db password', 'db passwords', 'db credentials', 'database credentials'],
    terms: 'secret',
    services: ['secretsmanager', 'rds'],
    why: 'a database password kept by the application is a Secrets Manager secret',
    example: ['stop rotating the db password on a schedule', 'secretsmanager:CancelRotateSecret'],
  },
  {
    phrases: ['sbom', 'sboms', 'software bill of materials'],
    terms: 'sbom export',
    services: ['inspector2'],
    why: 'Inspector exports software bills of materials of scanned images, instances and functions',
    example: ['export an sbom of our container images to a bucket', 'inspector2:CreateSbomExport'],
  },
  {
    phrases: ['access advisor'],
    terms: 'service last accessed details',
    services: ['iam'],
    why: 'IAM access advisor is the last-accessed-services report of a user, group or role',
    example: ['show access advisor data for the ci role', 'iam:GetServiceLastAccessedDetails'],
  },
];

// Data: concepts (see concepts.ts) for the storage group, issue 16 round 7: product words people
// use for a storage or database service that the search did not know.

import type { Concept } from './concepts.js';

export const R7_STORAGE_CONCEPTS: readonly Concept[] = [
  {
    // longer than the vocabulary's "transaction" (DynamoDB), so its words name the Data API
    phrases: ['sql transaction', 'data api transaction', 'aurora transaction'],
    terms: 'begin transaction',
    services: ['rds-data'],
    why: 'an SQL transaction opened over HTTP against Aurora is the RDS Data API, not DynamoDB',
    example: ['open an sql transaction before three inserts on aurora', 'rds-data:BeginTransaction'],
  },
  {
    phrases: ['physical appliance', 'rugged device', 'edge appliance', 'ship us a device'],
    terms: 'job',
    services: ['snowball'],
    why: 'an appliance AWS ships to move data offline or compute at the edge is the Snow family',
    example: ['order a physical appliance to carry 60 tb into s3', 'snowball:CreateJob'],
  },
];

// Data: how people ask for operations (see ../asked.ts), round 11 of the s3edge group: the
// domain registrar's price list and request history, and the reads of S3 batch jobs and Storage
// Lens dashboards that had no entry, asked for by the question people have.

import type { AskedEntry } from './types.js';

export const ASKED_S3EDGE_R11: readonly AskedEntry[] = [
  {
    op: 'route53domains:ListPrices',
    asked:
      'how much does a domain cost, price of a .com or .io per year, registration and renewal prices per top-level domain, what does a tld cost on aws, cheapest domain extension',
    example: 'what does it cost per year to register a .app name through route 53?',
  },
  {
    op: 'route53domains:ListOperations',
    asked:
      'recent registrar requests and their status, pending or failed domain operations, history of domain registrations and renewals, what is still in progress at the registrar',
    example: 'show the registrar requests from this month, any still in progress or failed?',
  },
  {
    op: 's3control:ListJobs',
    asked:
      'all the s3 batch operations jobs, bulk s3 jobs we ran, which batch jobs failed or are still running, history of bulk copy or tagging jobs over buckets',
    example: 'list our s3 batch operations jobs that are active or failed',
  },
  {
    op: 's3control:GetStorageLensConfiguration',
    asked:
      'settings of a storage lens dashboard, what a storage usage dashboard includes, which accounts, buckets and metrics the dashboard covers, is the dashboard exporting metrics',
    example: 'which buckets and metrics does our storage lens dashboard cover?',
  },
];

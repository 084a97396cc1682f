// Data: concepts (see concepts.ts) for the governance, security and cost services, issue 16
// round 13: things a service keeps only through another one, and a warning about the bill.

import type { Concept } from './concepts.js';

export const R13_GOVSEC_CONCEPTS: readonly Concept[] = [
  {
    // EFS has no restore call of its own: its automatic backups are AWS Backup recovery points
    phrases: [
      'restore the efs file system',
      'recover the efs file system',
      'restore the efs',
      'recover the efs',
      'efs file system from backup',
      'efs from backup',
    ],
    terms: 'start restore job recovery point',
    services: ['backup'],
    why: 'an EFS file system is backed up by AWS Backup (EFS has no restore operation), so bringing one back from a backup is a Backup restore job',
    example: ['recover our efs file system from last night', 'backup:StartRestoreJob'],
  },
  {
    // "too big" alone reads as oversized instances (right-sizing); said of the bill it asks for a warning
    phrases: [
      'bill gets too big',
      'bill gets too high',
      'bill gets out of hand',
      'warned before the bill',
      'warned when the bill',
      'warn us before the bill',
    ],
    terms: 'create budget notification',
    services: ['budgets'],
    why: 'being warned before the bill grows too large is a budget with a notification threshold, set up ahead of the spend',
    example: ['how can I get warned before the aws bill gets too big?', 'budgets:CreateBudget'],
  },
];

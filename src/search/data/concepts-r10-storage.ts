// Data: concepts (see concepts.ts) for the storage group, issue 16 round 10: how people say
// "restore from a snapshot" without the verb, and asking which backup holds a file.

import type { Concept } from './concepts.js';

export const R10_STORAGE_CONCEPTS: readonly Concept[] = [
  {
    // no leading verb: "create a volume from a snapshot" keeps its own verb (ec2:CreateVolume)
    phrases: [
      'from snapshot',
      'from a snapshot',
      'from the snapshot',
      'from its snapshot',
      'from our snapshot',
    ],
    terms: 'from snapshot restore',
    why: 'a new database, cluster or disk "from a snapshot" is a restore of that snapshot (or a create-from-snapshot), never taking a new snapshot or deleting the resource',
    example: [
      'spin up a new redshift cluster from snapshot sales-final',
      'redshift:RestoreFromClusterSnapshot',
    ],
  },
  {
    phrases: [
      'backup has the file',
      'backup still has',
      'backup contains',
      'backups contain',
      'recovery point contains',
      'search backups',
      'search our backups',
      'search the backups',
      'search inside backups',
      'file in our backups',
      'file in a backup',
    ],
    terms: 'search job backups',
    services: ['backupsearch'],
    why: 'finding which backup or recovery point still holds a given file is AWS Backup search (backupsearch), not a list of backup jobs',
    example: ['search the backups for the file q3-forecast.xlsx', 'backupsearch:StartSearchJob'],
  },
  {
    // "stand up" is how engineers say provision: "stand up an sftp endpoint", "stand up a cluster"
    phrases: ['stand up', 'stood up', 'standing up'],
    terms: 'create',
    why: 'to "stand up" a server, cluster or endpoint is to create (provision) it',
    example: ['stand up an sftp endpoint for our partners in front of s3', 'transfer:CreateServer'],
  },
  {
    // not "automated backups": for RDS that is the instance's own retention setting
    phrases: [
      'daily backup',
      'weekly backup',
      'scheduled backup',
      'back up nightly',
      'back up daily',
      'backup every night',
      'backups every night',
      'nightly snapshot',
      'daily snapshot',
      'snapshot every night',
    ],
    services: ['backup', 'dlm'],
    why: 'backups or snapshots taken on a recurring schedule are an AWS Backup plan or, for EBS volumes and AMIs, a Data Lifecycle Manager policy, not one snapshot now',
    example: [
      'set up nightly backups for all the prod databases with 30 days retention',
      'backup:CreateBackupPlan',
    ],
  },
];

// Data: round 20's role words (src/search/managed-by.ts; the shape is data/managed-by-r16-services.ts's):
// someone new to AWS asks for "a copy of my database every night" where round 17's entry knows
// "copies" and "backups" (data/managed-by-r17-cross.ts). One copy made on a timetable is a backup
// plan's rule too; and "automatic" here says the copies need no one, not that the database's own
// automated backups are meant (that setting is asked for as "automated backups").
// test/integration/search/concepts-r20-newcomer.test.ts checks the example and other wordings.

import type { ManagedBy } from './managed-by-r16-services.js';
import { NAMING_FREQUENCIES } from './frequency-words.js';

/** Words (stems) of a timetable the copy is made on. */
const TIMETABLE = [...NAMING_FREQUENCIES.words, 'night', 'day', 'week', 'evening', 'morning'];

export const MANAGED_BY_R20_NEWCOMER: readonly ManagedBy[] = [
  {
    phrases: ['a copy of', 'copy of', 'copy every', 'automatic copy', 'automatic copies'],
    also: [TIMETABLE],
    // things whose copies AWS Backup keeps on a timetable (a bucket's files are copied by replication)
    subjects: ['rds', 'dynamodb', 'ec2', 'efs', 'fsx', 'docdb', 'neptune', 'redshift', 'storagegateway'],
    // one pasted snapshot or recovery point is acted on by its own operations
    unlessPasted: true,
    // a look at copies already made, or a copy to restore, is not a plan
    unless: [
      'status',
      'fail',
      'finish',
      'succeed',
      'complet',
      'last',
      'list',
      'show',
      'which',
      'restor',
      'is',
      'are',
    ],
    services: ['backup'],
    terms: 'backup plan rule',
    head: 'backup plan',
    why: 'a copy of a database, disk or file system made every night (or week) and kept for a time is a backup plan’s rule in AWS Backup',
    example: ['make an automatic copy of the orders database every night', 'backup:CreateBackupPlan'],
  },
];

// Data: words that open a side clause. A request has one task, named by its main clause's verb;
// a clause opened by one of these words gives the reason, the timing or the purpose ("before
// deleting the stack, find ...", "catalog the files so I can query them"), and its verb is not
// the operation wanted. The verb finder passes over the first verb after such a marker when the
// query has another verb outside it (with none, the side clause's verb is still the best guess).
// Each entry says why and gives an example (query, the operation it must rank first) that the
// test suite checks.

import type { Reasoned } from './reasoned.js';

/** Word runs (lowercase, as typed) that open a clause whose verb is not the task. */
export const SIDE_CLAUSE_MARKERS: Readonly<Record<string, Reasoned>> = {
  before: {
    why: 'says what will happen after the task: the task is the other verb',
    example: ['before deleting the stack, list the imports of its export', 'cloudformation:ListImports'],
  },
  after: {
    why: 'says what already happened: the task is the other verb',
    example: ['after restoring the table, describe its backups', 'dynamodb:DescribeBackup'],
  },
  once: {
    why: 'a condition in time: the task is the other verb',
    example: ['once the bucket is emptied, tag it as archived', 's3:PutBucketTagging'],
  },
  if: {
    why: 'a condition: its verb says what state to wait for ("if the instance is stopped then start it")',
    example: ['if the instance i-0abc1234def567890 is stopped then start it', 'ec2:StartInstances'],
  },
  'so i can': {
    why: 'gives the purpose of the task, done later by the user',
    example: ['register the queue url so i can delete messages later', 'sqs:GetQueueUrl'],
  },
  'so we can': {
    why: 'gives the purpose of the task, done later by the user',
    example: ['verify our domain so we can send email from it', 'ses:VerifyDomainIdentity'],
  },
  'so that': {
    why: 'gives the purpose or the effect of the task',
    example: ['enable bucket versioning so that we can restore deleted files', 's3:PutBucketVersioning'],
  },
  'in order to': {
    why: 'gives the purpose of the task',
    example: ['snapshot the volume in order to delete it safely', 'ec2:CreateSnapshot'],
  },
};

/** The most words a marker has. */
export const MAX_MARKER_WORDS = Math.max(...Object.keys(SIDE_CLAUSE_MARKERS).map((k) => k.split(' ').length));

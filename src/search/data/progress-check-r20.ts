// Data: a request to check that something finished a change ("make sure the database finished
// creating", "confirm the stack is done updating", "wait until the table finished restoring"),
// read by src/search/progress-check.ts as the status question it is ("has the database finished
// creating"), which the status reading answers with the thing's own read (status.ts). Without it
// the check's verb is the task: "make sure" reads as make (create), "wait until" waits on nothing,
// and the -ing word ("creating", "restoring") pulls the change itself. Each entry says why and gives
// an example (test/integration/search/step-label-r20.test.ts).

import type { Reasoned } from './reasoned.js';

/** Words that ask to check a state, at the start of the request (lower case, as typed). */
export const CHECK_OPENERS: Readonly<Record<string, Reasoned>> = {
  'make sure': {
    why: 'making sure a thing FINISHED a change checks it; it changes nothing (make sure X is encrypted, without a finished change, still enforces)',
    example: [
      'make sure the database orders-db finished creating before I connect',
      'rds:DescribeDBInstances',
    ],
  },
  ensure: {
    why: 'ensuring a change is done, said of one thing, is a look at its state',
    example: ['ensure the snapshot snap-0abc1234 is done copying', 'ec2:DescribeSnapshots'],
  },
  confirm: {
    why: 'confirming a thing finished is a look at its state, not a Confirm call (ConfirmSubscription)',
    example: ['confirm the eks cluster prod finished updating', 'eks:DescribeCluster'],
  },
  verify: {
    why: 'verifying a thing finished is a look at its state',
    example: ['verify the dynamodb table orders finished restoring', 'dynamodb:DescribeTable'],
  },
  'wait until': {
    why: "an agent waiting until a change finished polls the thing's own read (what a waiter calls)",
    example: ['wait until the stack web-prod is done deleting', 'cloudformation:DescribeStacks'],
  },
  'wait for': {
    why: 'waiting for a thing to be done with a change polls its read',
    example: ['wait for the rds instance billing-db to be done modifying', 'rds:DescribeDBInstances'],
  },
};

/** Words that say a change is over, before its -ing word ("finished creating", "done restoring"). */
export const FINISHED_WORDS: readonly string[] = ['finished', 'done', 'completed', 'through'];

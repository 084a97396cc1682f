// Data: words that frame the thing a query asks about without being it. "the STATUS of the last
// execution", "WHEN was the LAST backup of the orders table", "the LATEST deployment of web-app":
// the head noun (what the operation's name should hold, query.ts) is the noun after them, not
// the first content word. Each entry says why and gives a query that must rank its operation in
// the top 5 (test/integration/search/head-frames-r12.test.ts).

import type { Reasoned } from './reasoned.js';

export interface HeadFrame extends Reasoned {
  /**
   * The frame picks one thing by its time among the set ("the last run"): without an id, only
   * the list of them finds it, so the singular noun after it asks for the set (ListExecutions).
   */
  readonly byTime?: boolean;
  /** A question word: it frames the head only when it opens the query ("change WHO aws emails" names no head). */
  readonly opener?: boolean;
}

export const HEAD_FRAMES: Readonly<Record<string, HeadFrame>> = {
  what: {
    opener: true,
    why: 'a question word: what it asks about comes after it',
    example: ['what version is the orders aurora cluster on', 'rds:DescribeDBClusters'],
  },
  which: {
    opener: true,
    why: 'a question word: the noun after it is the thing picked among',
    example: ['which kms keys are scheduled for deletion', 'kms:ListKeys'],
  },
  who: {
    opener: true,
    why: 'a question word: the thing acted on comes after it',
    example: ['who deleted the prod-db snapshot', 'cloudtrail:LookupEvents'],
  },
  why: {
    opener: true,
    why: 'a question word: the thing whose cause is asked comes after it',
    example: ['why is my ecs service not starting tasks', 'ecs:DescribeServices'],
  },
  when: {
    opener: true,
    why: 'a question word: the thing whose time is asked comes after it',
    example: ['when was the last backup of the orders dynamodb table', 'dynamodb:ListBackups'],
  },
  where: {
    opener: true,
    why: 'a question word: the thing whose place is asked comes after it',
    example: ['where are the logs of my lambda function stored', 'lambda:GetFunctionConfiguration'],
  },
  status: {
    why: '"the status of X" asks for the read of X: status is a property of the thing, not the thing',
    example: [
      'status of the latest deployment of application web-app in codedeploy',
      'codedeploy:ListDeployments',
    ],
  },
  progress: {
    why: '"the progress of X" asks for the read of X, whose state says how far it is (round 16)',
    example: ['progress of emr step s-ABCDEFGH12345 on cluster j-2AXXXXXXGAPLF', 'emr:DescribeStep'],
  },
  details: {
    why: '"details of X" asks for the read of X',
    example: [
      'details of the newest launch template version of web-lt',
      'ec2:DescribeLaunchTemplateVersions',
    ],
  },
  info: {
    why: '"info on X" asks for the read of X',
    example: ['info on the last run of crawler sales-crawler', 'glue:GetCrawler'],
  },
  last: {
    byTime: true,
    why: '"the last run" is picked by time among the runs: listing them finds it',
    example: ['show me the last execution of state machine order-flow', 'stepfunctions:ListExecutions'],
  },
  latest: {
    byTime: true,
    why: 'said like last',
    example: ['the latest build of codebuild project api-server', 'codebuild:ListBuildsForProject'],
  },
  newest: {
    byTime: true,
    why: 'said like latest',
    example: ['the newest snapshot of volume vol-0abc1234def567890', 'ec2:DescribeSnapshots'],
  },
  recent: {
    byTime: true,
    why: '"the most recent deployment" is picked by time among them',
    example: ['the most recent deployment of my amplify app', 'amplify:ListJobs'],
  },
  previous: {
    byTime: true,
    why: '"the previous version" is picked by time among the versions',
    example: ['roll back to the previous task definition revision', 'ecs:ListTaskDefinitions'],
  },
};

/**
 * "the instances LAUNCHED today", "images PUSHED in the last week", "users CREATED this month":
 * a past participle after the things, with a time window soon after it, says which of the things
 * to show (a filter on their time), not an operation's subject nor the task's verb. One list and
 * one detector (head-frames.ts participleInTimeWindow) serve the verb finder (the participle is
 * not the task) and the terms of a read (its word counts for this share of a typed word, so the
 * listing of the things ranks before the operations whose documentation tells of launching them).
 */
export const TIME_FILTER: Reasoned & {
  readonly times: ReadonlySet<string>;
  readonly outcomes: ReadonlySet<string>;
  readonly weight: number;
  readonly reach: number;
} = {
  /** Words that open a time window ("last", "this" week, "since" monday, two days "ago"). */
  times: new Set([
    ...['today', 'yesterday', 'tonight', 'overnight', 'recently', 'earlier', 'ago', 'since'],
    ...['last', 'past', 'this'],
  ]),
  /** Outcomes, not times of making: "which rules failed in the last run" asks what failed. */
  outcomes: new Set(['failed', 'succeeded', 'completed', 'finished', 'errored', 'timed', 'stopped']),
  weight: 0.3,
  /** How many words after the participle the time window may start ("pushed to repo x in the last week"). */
  reach: 5,
  why: 'a past participle and a time after the things asked for filter them by when it happened',
  example: ['show me the instances launched today', 'ec2:DescribeInstances'],
};

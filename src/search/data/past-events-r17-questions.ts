// Data: a question about something that happened to a thing ("why did the cpu alarm go off",
// "when did the nightly job last succeed") asks for the thing's record over time, which a read
// named for the thing and a record noun keeps (DescribeAlarmHistory, DescribeStackEvents,
// GetJobRuns), not its present description. Read by past-events.ts.

import type { Reasoned } from './reasoned.js';

/** Opener pairs that ask about a past event. */
export const PAST_EVENT_OPENERS: ReadonlySet<string> = new Set([
  'why did',
  'when did',
  'when was',
  'when were',
  // round 18: "did my job fail last night" asks how a past run ended, as "why did" does
  'did my',
  'did our',
  'did the',
]);

export interface RecordNoun extends Reasoned {
  /** Only when the question asks for the latest of many ("last", "most recently"). */
  readonly latestOnly: boolean;
}

/** The last word of a read's name that says it keeps a record over time. */
export const RECORD_NOUNS: Readonly<Record<string, RecordNoun>> = {
  history: {
    latestOnly: false,
    why: 'a history keeps every change of state with its time and reason',
    example: ['why did the high-latency alarm go off this morning', 'cloudwatch:DescribeAlarmHistory'],
  },
  events: {
    latestOnly: false,
    why: 'the events of a thing say what happened to it and why (a stack rolled back, a cluster failed over)',
    example: ['why did stack payments-prod roll back after the update', 'cloudformation:DescribeStackEvents'],
  },
  activities: {
    latestOnly: false,
    why: 'scaling activities say when and why a group added or removed instances',
    example: [
      'why did the api-asg group grow by four instances overnight',
      'autoscaling:DescribeScalingActivities',
    ],
  },
  runs: {
    latestOnly: true,
    why: 'the runs of a job say when each ran and how it ended: the latest is among them',
    example: ['when did the orders-etl glue job last run successfully', 'glue:GetJobRuns'],
  },
};

/** Words that ask for the latest of many events. */
export const LATEST_WORDS: ReadonlySet<string> = new Set(['last', 'lastly', 'latest', 'recently']);

/**
 * Score (the scale of ranking-params BOOST) of a record read named for the thing asked about
 * (DescribeAlarmHistory for an alarm), and of one named for no thing (rds:DescribeEvents).
 */
export const PAST_EVENT_READ = { named: 2.0, bare: 0.5 } as const;

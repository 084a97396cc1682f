// Issue 16: requests that name two steps in one breath ("pause the cluster, then resume it"). The
// task is the first step; a later step's verb is not the task's and its nouns and services weigh
// less (data/later-steps.ts, ranking-params.ts SEQUENCE). A marker before the main clause's verb
// opens that clause itself ("if the queue is empty then delete it"), and plain "and" is left alone
// unless the verb after it acts on what the first step named ("... and tag it").
// Each data entry's example must find its operation, and each rule has a case that fails without it.

import { describe, expect, it } from 'vitest';
import {
  EARLIER_STEP_MARKERS,
  LATER_STEP_MARKERS,
  QUESTION_OPENERS,
} from '../../../src/search/data/later-steps.js';
import { stem, words } from '../../../src/search/text.js';
import { steps } from '../../../src/search/verb-finder.js';
import { useBundleIndexData } from './search-fixture.js';

const { top, indexData } = useBundleIndexData();
const stepOf = (query: string) => {
  const ws = words(query);
  return steps(
    indexData(),
    ws,
    ws.map(stem),
    ws.map(() => false),
  );
};

describe('step markers (data/later-steps.ts)', () => {
  it.each(Object.entries({ ...LATER_STEP_MARKERS, ...EARLIER_STEP_MARKERS, ...QUESTION_OPENERS }))(
    '%s: its example finds its operation',
    (_, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );
});

describe('the first step is the task', () => {
  it.each([
    ['stop the instance i-0abc1234def567890 then change its instance type to m5.large', 'ec2:StopInstances'],
    [
      'add a read replica to the postgres database, then promote it to standalone',
      'rds:CreateDBInstanceReadReplica',
    ],
    ['start the glue crawler raw-logs, once done run the etl job', 'glue:StartCrawler'],
    ['create the vpc 10.0.0.0/16, next attach an internet gateway to it', 'ec2:CreateVpc'],
    ['first create a kms key, then encrypt the file with it', 'kms:CreateKey'],
    ['rotate the secret db-password now and after that restart the ecs tasks', 'secretsmanager:RotateSecret'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('a service named only in the later step weighs less', () => {
    const found = top('create a topic then point the cloudwatch alarm at it', 3);
    expect(found[0]).toBe('sns:CreateTopic');
    expect(found.filter((op) => op.startsWith('cloudwatch:'))).toEqual([]);
  });
});

describe('a step done first, named after the main clause', () => {
  it('is the task, and the main clause keeps its nouns ("it" is what it names)', () => {
    const step = stepOf('delete the table orders but first export it to s3');
    expect(step).toMatchObject({ later: 10, laterVerb: { start: 0, end: 1 }, task: { start: 6, end: 7 } });
    expect(top('drop the glue table raw_events, but first get its schema', 1)).toEqual(['glue:GetTable']);
  });

  it('a destructive main clause does not rank first when a backup comes first', () => {
    expect(
      top('remove the efs file system fs-0abc1234 but before that create a backup of it', 1),
    ).not.toEqual(['efs:DeleteFileSystem']);
  });

  it('"first" without a verb after it is not a step ("the first 10 objects")', () => {
    expect(stepOf('list the first 10 objects in the bucket')).toBeUndefined();
  });
});

describe('where a later step starts', () => {
  it('at the marker after the main verb, with the verb right after it', () => {
    expect(stepOf('pause the cluster then resume it')).toEqual({
      later: 3,
      laterVerb: { start: 4, end: 5 },
      marker: { start: 3, end: 4 },
    });
    // a later step may have no verb of its own: its nouns still weigh less
    expect(stepOf('create a keyspace, then a table in it')).toEqual({
      later: 3,
      marker: { start: 3, end: 4 },
    });
  });

  it('nowhere when "then" comes before the main verb: it opens the main clause ("in that case")', () => {
    expect(stepOf('then purge the orders queue')).toBeUndefined();
    expect(stepOf('if the queue is empty then delete it')).toBeUndefined();
    expect(stepOf('once the stack is created, then describe its outputs')).toBeUndefined();
  });

  it('nowhere for a marker word in its other sense, nor for plain "and"', () => {
    expect(stepOf('grab the next batch of messages off the queue')).toBeUndefined();
    expect(stepOf('show the versions later than 3 of function resize')).toBeUndefined();
    expect(stepOf('stop and start the instance')).toBeUndefined();
  });

  it('at "and" only when the next verb acts on what the first step named ("and tag it")', () => {
    expect(stepOf('create a bucket and tag it team=x')).toEqual({
      later: 3,
      laterVerb: { start: 4, end: 5 },
      marker: { start: 3, end: 4 },
    });
    expect(top('spin up a t3.micro from ami-0abcdef1234567890 and tag it web-1', 1)).toEqual([
      'ec2:RunInstances',
    ]);
    // two equal tasks, or a verb on something else: plain "and" again
    expect(stepOf('tag and untag the bucket')).toBeUndefined();
    expect(stepOf('create a bucket and tag the queue')).toBeUndefined();
  });

  it('"then" meaning "in that case" finds the main clause\'s operation', () => {
    expect(top('if the queue is empty then delete it', 1)).toEqual(['sqs:DeleteQueue']);
    expect(top('once the stack is created, then describe its outputs', 1)).toEqual([
      'cloudformation:DescribeStacks',
    ]);
    expect(top('then purge the orders queue', 1)).toEqual(['sqs:PurgeQueue']);
  });
});

describe('what is asked of an assistant is the question, not the task (QUESTION_OPENERS)', () => {
  it('the words after "ask <assistant> what/about/to" weigh as a later step; asking is talking to it', () => {
    expect(stepOf('ask the lex bot about my order status')).toMatchObject({
      later: 4,
      marker: { start: 4, end: 5 },
    });
    expect(stepOf('ask the agent to cancel my order')).toMatchObject({
      later: 3,
      laterVerb: { start: 4, end: 5 },
      marker: { start: 3, end: 4 },
      task: { start: 0, end: 1 },
    });
    expect(stepOf('ask the lex bot about my order status')?.laterVerb).toBeUndefined();
    expect(['qbusiness:ChatSync', 'qbusiness:Chat']).toContain(
      top('ask our q business app what the vacation policy is', 1)[0],
    );
  });

  it('asked of AWS or of support, not of an assistant, the rest is the request itself', () => {
    expect(stepOf('ask aws to raise the ceiling on concurrent lambda executions')).toBeUndefined();
    expect(stepOf('ask support to reopen the case')).toBeUndefined();
  });
});

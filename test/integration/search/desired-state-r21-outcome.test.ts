// Issue 16, round 21 (settings of the best-known services asked by their outcome): a thing's
// desired state after should/must is a setting changed now (desired-state.ts), as are "let the
// asg grow to 10" and "only the office may connect"; removal once things reach an age is a
// standing rule (age-rule.ts); "does the key get new material" asks about the key (get-new.ts);
// outcome words name settings (data/concepts-r21-outcome.ts); and more asked words for settings
// stated by their effect (data/asked/more-r21-outcome.ts).

import { describe, expect, it } from 'vitest';
import { AGE_RULE } from '../../../src/search/data/age-rule-r21-outcome.js';
import { ASKED } from '../../../src/search/data/asked.js';
import { ASKED_MORE_R21_OUTCOME } from '../../../src/search/data/asked/more-r21-outcome.js';
import { R21_OUTCOME_CONCEPTS } from '../../../src/search/data/concepts-r21-outcome.js';
import { DESIRED_STATE, LET_AND_ONLY } from '../../../src/search/data/desired-state-r21-outcome.js';
import { THING_GETS_NEW } from '../../../src/search/data/get-new-r21-outcome.js';
import { removesAtAge } from '../../../src/search/age-rule.js';
import { letsBehave, onlyMay, statesDesired } from '../../../src/search/desired-state.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

interface Entry {
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}

const ENTRIES: ReadonlyArray<readonly [string, Entry]> = [
  ['desired state', DESIRED_STATE],
  ...LET_AND_ONLY.map((e) => ['let and only', e] as const),
  ['age rule', AGE_RULE],
  ['thing gets new', THING_GETS_NEW],
  ...R21_OUTCOME_CONCEPTS.map((c) => [c.phrases[0]!, c] as const),
];

describe('round 21 outcome entries: each has a reason and an example ranked first', () => {
  it.each(ENTRIES)('%s', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });
});

describe('more asked words join an operation that has its own, and find it', () => {
  const own = new Set(ASKED.map((e) => e.op));
  it.each(ASKED_MORE_R21_OUTCOME.map((e) => [e.op, e] as const))('%s', (op, e) => {
    expect(own.has(op)).toBe(true);
    expect(e.asked.split(/\s+/).length).toBeGreaterThanOrEqual(4);
    expect(top(e.example, 5)).toContain(op);
  });
});

describe('which sentences state a desired state, let a thing behave, or allow only some', () => {
  it.each([
    ['the orders table should be billed per request', true],
    ['new ebs volumes must be encrypted by default', true],
    ["clients shouldn't call the api more than 10 times a second", true],
    // advice, a question, a fault report: no setting asked
    ['i should rotate the key, how', false],
    ['which role should the lambda use', false],
    ['the bucket should be private but anyone can read it, why', false],
  ])('states a desired state: %s', (q, want) => {
    expect(statesDesired(words(q))).toBe(want);
  });

  it.each([
    ['let the web asg grow to 12 machines', true],
    ['let the orders queue keep messages for 14 days', true],
    // a person's act or a grant of access stays what it was
    ['let me ssh into the bastion with a one-time key', false],
    ['let the etl role read the raw-data bucket', false],
  ])('lets a thing behave: %s', (q, want) => {
    expect(letsBehave(words(q))).toBe(want);
  });

  it.each([
    ['only 10.0.0.0/8 may reach port 22', true],
    ['only my laptop should be able to ssh into the bastion', true],
    ['only show running instances', false],
  ])('allows only some: %s', (q, want) => {
    expect(onlyMay(words(q))).toBe(want);
  });

  it.each([
    ['drop logs in /ecs/api once they are 14 days old', true],
    ['have old versions cleaned up when they are a month old', true],
    // no age clause, or no removal: not a rule
    ['delete the snapshots from last week', false],
    ['archive files once they are 30 days old', false],
  ])('removes at an age: %s', (q, want) => {
    expect(removesAtAge(words(q))).toBe(want);
  });
});

describe('other wordings of the same kinds, on several services', () => {
  it.each([
    // a desired state after should/must is the setting
    [
      'the redis cluster should keep working if one availability zone fails',
      'elasticache:ModifyReplicationGroup',
    ],
    ['the bucket should keep every old version of a file', 's3:PutBucketVersioning'],
    ['the function should give up after 10 seconds', 'lambda:UpdateFunctionConfiguration'],
    ['the alb should drop idle connections after 2 minutes', 'elbv2:ModifyLoadBalancerAttributes'],
    ['new ebs volumes must be encrypted by default', 'ec2:EnableEbsEncryptionByDefault'],
    [
      'the topic should only deliver messages about refunds to this subscriber',
      'sns:SetSubscriptionAttributes',
    ],
    // outcome words name the setting
    ['the orders database should survive a zone outage', 'rds:ModifyDBInstance'],
    ['users should be sent to the region closest to them', 'route53:ChangeResourceRecordSets'],
    ['pause invocations of the billing-sync function for now', 'lambda:PutFunctionConcurrency'],
    ['messages that keep failing should move to a separate queue', 'sqs:SetQueueAttributes'],
    // removal at an age is the standing rule of each service
    ['delete the build logs once they are 10 days old', 'logs:PutRetentionPolicy'],
    ['expire items in the sessions table when they are 2 days old', 'dynamodb:UpdateTimeToLive'],
    // let a thing behave; only some may reach it
    ['let the orders table handle 500 writes a second', 'dynamodb:UpdateTable'],
    ['let the app-logs group keep logs for 90 days', 'logs:PutRetentionPolicy'],
    [
      'only 203.0.113.9 should be able to reach port 3306 through sg-0123456789abcdef0',
      'ec2:AuthorizeSecurityGroupIngress',
    ],
    // a thing that gets something new, asked about: its read
    ['does the instance get a new public ip when it restarts?', 'ec2:DescribeInstances'],
  ])('%s', (q, op) => {
    expect(top(q, 1)).toEqual([op]);
  });

  it('a person still gets a new one made', () => {
    expect(top('how can I get a new access key for the deploy user?', 1)).toEqual(['iam:CreateAccessKey']);
  });
});

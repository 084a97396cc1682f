// Issue 16, round 20 (an agent planning a step for someone new to AWS): a step label before the
// request ("Step 3:", "Next step:", "2)") and plan talk after it ("... before moving on") say where
// the step sits in a plan, not what it asks (step-label.ts, data/step-label-r20.ts); a check that a
// thing finished a change ("make sure the database finished creating") is the status question it
// words as a request (progress-check.ts, data/progress-check-r20.ts). Every entry has a reason and
// an example; the cases below are other queries of the same kinds, on several services.

import { describe, expect, it } from 'vitest';
import { CHECK_OPENERS } from '../../../src/search/data/progress-check-r20.js';
import { PLAN_TALK_TAIL, STEP_LABELS } from '../../../src/search/data/step-label-r20.js';
import { asProgressQuestion } from '../../../src/search/progress-check.js';
import { withoutStepLabel } from '../../../src/search/step-label.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('step labels (data/step-label-r20.ts): every entry has a reason and finds its example first', () => {
  it.each([...STEP_LABELS, PLAN_TALK_TAIL].map((e) => [e.example[0], e] as const))('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(withoutStepLabel(entry.example[0])).not.toBe(entry.example[0]);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('check openers (data/progress-check-r20.ts): every entry has a reason and finds its example first', () => {
  it.each(Object.entries(CHECK_OPENERS))('%s', (opener, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].toLowerCase().startsWith(`${opener} `)).toBe(true);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('the label and the plan talk are cut, the request kept', () => {
  it.each([
    ['Step 3: list the subnets', 'list the subnets'],
    ['step 2 of 5 - delete the queue', 'delete the queue'],
    ['Plan step 4) tag the bucket', 'tag the bucket'],
    ['Step two: create a bucket', 'create a bucket'],
    ['Next step: find the topic', 'find the topic'],
    ['Then: stop the instance', 'stop the instance'],
    ['3. describe the stack', 'describe the stack'],
    ['confirm the stack is up before moving on', 'confirm the stack is up'],
    ['get the role arn, then I can continue', 'get the role arn'],
  ])('%s', (query, request) => {
    expect(withoutStepLabel(query)).toBe(request);
  });

  it.each([
    'step functions: list state machines',
    'step 2 of my step function failed, why',
    'steps of emr cluster j-2AXXXXXXGAPLF',
    '5 largest objects in bucket logs',
    'Step 3:',
  ])('no label: %s', (query) => {
    expect(withoutStepLabel(query)).toBe(query);
  });
});

describe('a labelled step finds what its request asks, on any service', () => {
  it.each([
    [
      'Step 2: need the list of subnets in vpc-0a1b2c3d to pick one for the new instance',
      'ec2:DescribeSubnets',
    ],
    ['Step 4 of the plan: create the dynamodb table orders', 'dynamodb:CreateTable'],
    ['Next step: get the url of the sqs queue jobs', 'sqs:GetQueueUrl'],
    ['Final step: send the report to the ops topic', 'sns:Publish'],
    ['Step 5 of 7 - delete the old launch template lt-0abc123', 'ec2:DeleteLaunchTemplate'],
    ['Next step: look up the id of the newest ubuntu image to launch from', 'ec2:DescribeImages'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a check that a thing finished a change reads the thing', () => {
  it.each([
    ['make sure the rds instance orders-db is done modifying', 'rds:DescribeDBInstances'],
    ['confirm the stack web-prod finished creating before moving on', 'cloudformation:DescribeStacks'],
    ['verify that the eks cluster prod finished updating', 'eks:DescribeCluster'],
    ['ensure the ami ami-0abc1234 is done copying', 'ec2:DescribeImages'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
    expect(search(query, 1)[0]!.risk).toBe('read');
  });

  it.each([
    'make sure every new disk in this account comes out encrypted',
    'confirm the subscription to topic alerts',
    'make sure nobody can tear down the prod stack by accident',
  ])('no finished change, no question: %s', (query) => {
    expect(asProgressQuestion(query)).toBe(query);
  });

  it('the question keeps the thing and the rest of the request', () => {
    expect(asProgressQuestion('wait until the table orders finished restoring, then tag it')).toBe(
      'has the table orders finished restoring, then tag it',
    );
  });
});

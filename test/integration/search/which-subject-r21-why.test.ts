// Issue 16, round 21 (questions): "which <a service's workloads> use <another service's thing>"
// asks for the workloads (src/search/which-subject.ts); "which <things>" is the read named
// "<things> For <other>" only when the query gives the other kind (asked-side.ts); "how long /
// how old / how big" frames the thing measured (head-frames.ts, data/how-frames-r21-why.ts).

import { describe, expect, it } from 'vitest';
import { HOW_FRAMES } from '../../../src/search/data/how-frames-r21-why.js';
import { FUTURE_MARKERS, PAST_NAME_WORDS } from '../../../src/search/data/tense-future-r21-why.js';
import { WHICH_SUBJECT } from '../../../src/search/data/which-subject-r21-why.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('round 21 entries: each has a reason and a passing example', () => {
  it.each(
    [WHICH_SUBJECT, HOW_FRAMES, FUTURE_MARKERS, PAST_NAME_WORDS].map((e) => [e.example[0], e] as const),
  )('%s', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });
});

describe('the workloads asked for lead, not what uses the thing they are filtered by', () => {
  it.each([
    ['which lambdas are attached to the shared vpc subnets?', 'lambda'],
    ['which rds databases use the default security group', 'rds'],
    ['which eks clusters use the kms key', 'eks'],
    ['which amazon mq brokers are attached to the private subnet', 'mq'],
    ['which dynamodb tables use the kms key', 'dynamodb'],
  ])('%s', (query, service) => {
    const first = search(query, 1)[0]!;
    expect(first.service).toBe(service);
    expect(['read', 'sensitive-read']).toContain(first.risk);
  });

  it.each([
    ['which lambda functions use the shared subnets', 'lambda:ListFunctions'],
    ['which amazon mq brokers are attached to the private subnet', 'mq:ListBrokers'],
    ['which eks clusters use the kms key', 'eks:ListClusters'],
  ])('the list of them: %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    // no service named in the subject: what uses the thing is read from the thing
    ['which services are using my kms key', 'kms:ListGrants'],
    ['which resources are using security group sg-0c1d2e3f', 'ec2:DescribeNetworkInterfaces'],
    // the subject is the reverse lookup's own kind: its answer stays
    ['which sqs queues are subscribed to the orders topic', 'sns:ListSubscriptionsByTopic'],
    ['which instances are still using ami-0abc12345def67890', 'ec2:DescribeInstances'],
    // a setting-like subject is read from the thing it is set on
    ['which kms key encrypts the reports bucket', 's3:GetBucketEncryption'],
  ])('unchanged: %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('"which <things>" reads "<things> For <other>" only when the other kind is given', () => {
  it.each([
    ['which log groups keep their data forever?', 'logs:DescribeLogGroups'],
    ['which log groups have no retention set', 'logs:DescribeLogGroups'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['which targets does the nightly-sync eventbridge rule trigger', 'events:ListTargetsByRule'],
    ['which accounts are in the production OU', 'organizations:ListAccountsForParent'],
  ])('a given or general kind still picks it: %s', (query, expected) => {
    expect(top(query, 3)).toContain(expected);
  });
});

describe('"how <measure>" frames the thing measured', () => {
  it.each([
    ['how long has the emr cluster been up?', 'emr:DescribeCluster'],
    ['how long has the redshift cluster been running', 'redshift:DescribeClusters'],
    ['how old is the prod database snapshot', 'rds:DescribeDBSnapshots'],
    ['how big is the orders table', 'dynamodb:DescribeTable'],
  ])('%s', (query, expected) => {
    expect(top(query, 2)).toContain(expected);
  });
});

describe('a run that rolled back, aborted or timed out: the record of that run', () => {
  it.each([
    ['why did the codedeploy deployment roll back?', 'codedeploy:GetDeployment'],
    ['why was our last codedeploy deployment rolled back', 'codedeploy:GetDeployment'],
    ['why was the codebuild build aborted', 'codebuild:BatchGetBuilds'],
    ['why was the glue etl job crashed last night', 'glue:GetJobRuns'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('the rollback setting of the groups is still their read', () => {
    expect(top('which codedeploy deployment groups roll back automatically', 2)).toContain(
      'codedeploy:GetDeploymentGroup',
    );
  });
});

describe('a question about what is coming is not read from the record of the past', () => {
  it.each([
    ["are we on track to blow through this month's budget?", 'budgets:DescribeBudget'],
    ['will we exceed our aws budget', 'budgets:DescribeBudget'],
    ['will the ec2 spend go over budget', 'budgets:DescribeBudget'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('the past still reads the history', () => {
    expect(top('how did we do against the budget over the last six months', 3)).toContain(
      'budgets:DescribeBudgetPerformanceHistory',
    );
  });
});

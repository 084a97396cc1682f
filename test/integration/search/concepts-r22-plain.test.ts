// Issue 16, round 22 (plain words): wishes worded by people who do not know AWS's words. Concepts
// (data/concepts-r22-plain.ts) each with a reason and an example ranked first; removal "on their
// own" after a typed removal verb is a standing rule (self-acting.ts); more of a kind than the
// account allows is a quota increase (quota-raise.ts, data/quota-more-r22-plain.ts).

import { describe, expect, it } from 'vitest';
import { R22_PLAIN_CONCEPTS } from '../../../src/search/data/concepts-r22-plain.js';
import { QUOTA_MORE } from '../../../src/search/data/quota-more-r22-plain.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 22 plain concepts: every entry has a reason and an example ranked first', () => {
  it.each(R22_PLAIN_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 1)).toEqual([c.example[1]]);
  });
});

describe('other wordings of the same kinds', () => {
  it.each([
    // off and on again is a reboot, on each service that has one
    ['turn the database off and on again', 'rds:RebootDBInstance'],
    ['switch the redis cluster off and back on', 'elasticache:RebootCacheCluster'],
    // who can see / open a thing reads its permissions
    ['who can open the secret prod/db?', 'secretsmanager:GetResourcePolicy'],
    ['who can view the dashboards in grafana workspace g-1?', 'grafana:ListPermissions'],
    ['who can download the objects in the invoices bucket', 's3:GetBucketPolicy'],
    // to stop keeping what a thing holds sets how long it is kept
    ['stop keeping the api logs forever, two weeks is plenty', 'logs:PutRetentionPolicy'],
    ['we should no longer keep queue messages for 14 days, one day is enough', 'sqs:SetQueueAttributes'],
    // more or fewer servers or containers tied to the load is a scaling policy
    ['add more servers when it gets busy', 'autoscaling:PutScalingPolicy'],
    ['add more servers when traffic spikes', 'autoscaling:PutScalingPolicy'],
    ['run more api tasks in ecs when load goes up', 'application-autoscaling:PutScalingPolicy'],
    ['add servers when traffic picks up in group web-asg', 'autoscaling:PutScalingPolicy'],
    // what the balancer thinks or sees of its servers is its targets' health
    ['which servers does the alb see as down', 'elbv2:DescribeTargetHealth'],
    ['what does the nlb say about the api boxes', 'elbv2:DescribeTargetHealth'],
    // who on the internet can see a thing is its public access
    ['random people on the internet should not see what is in bucket media', 's3:PutPublicAccessBlock'],
    ['the photos bucket should stop being visible to everyone', 's3:PutPublicAccessBlock'],
    ['make the golden ami visible to everyone', 'ec2:ModifyImageAttribute'],
    // regions not approved are kept out by a service control policy
    ['no account in the org may launch anything in unapproved regions', 'organizations:CreatePolicy'],
    ['block any other region than us-east-1 for the sandbox accounts', 'organizations:AttachPolicy'],
    // a code from the phone at login is multi-factor authentication
    ['make sure nobody can log in without the code from their phone', 'cognito-idp:SetUserPoolMfaConfig'],
    // the location nearest each visitor is an edge location
    ['serve the images of our shop from somewhere near the visitor', 'cloudfront:CreateDistribution'],
    // how busy a thing was is its utilization metrics
    ['how busy were the web servers yesterday', 'cloudwatch:GetMetricStatistics'],
    ['how loaded was the cluster during the sale', 'cloudwatch:GetMetricStatistics'],
    // whether anyone still uses a key or a secret is when it was last used or accessed
    ['is anyone still using this old key?', 'iam:GetAccessKeyLastUsed'],
    ['is anyone using the stripe secret', 'secretsmanager:DescribeSecret'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a copy to a region outside named with its own service stays that service', () => {
    expect(top('replicate the bucket to a region outside the us', 1)).toEqual(['s3:PutBucketReplication']);
    expect(top('copy the ami to any other region', 1)).toEqual(['ec2:CopyImage']);
  });

  it.each([
    // look but not change: a read-only policy attached to whoever asks (user, group or role)
    ['let the intern look at everything but change nothing', 'iam:AttachUserPolicy'],
    ['the auditors may see everything but not change anything in the account', 'iam:AttachUserPolicy'],
    // how long people stay logged in is a session length or token validity
    ['i want to stay logged in to the console for 12 hours with the admin role', 'iam:UpdateRole'],
    ['turn on two-step login for our app users', 'cognito-idp:AdminSetUserMFAPreference'],
  ])('%s (top five)', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
  });

  it('being told when it gets busy stays an alarm', () => {
    expect(top('let me know when it gets busy', 1)).toEqual(['cloudwatch:PutMetricAlarm']);
  });
});

describe('removal on its own after a typed removal verb is a standing rule', () => {
  it.each([
    [
      'throw away old container images in repo web on their own, keep the latest 10',
      'ecr:PutLifecyclePolicy',
    ],
    ['prune untagged images in repo web by themselves', 'ecr:PutLifecyclePolicy'],
    ['delete old objects in the archive bucket on their own', 's3:PutBucketLifecycleConfiguration'],
    ['wipe old log files of group app by themselves after two weeks', 'logs:PutRetentionPolicy'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('more of a kind than the account allows is a quota increase', () => {
  it('has a reason and its example first', () => {
    expect(QUOTA_MORE.why.length).toBeGreaterThan(10);
    expect(top(QUOTA_MORE.example[0], 1)).toEqual([QUOTA_MORE.example[1]]);
  });

  it.each([
    'we need more than 10 vpcs in this region',
    'can we run more than 1000 lambdas at once?',
    'is it possible to have more than 100 buckets',
  ])('%s', (query) => {
    expect(top(query, 1)).toEqual(['service-quotas:RequestServiceQuotaIncrease']);
  });

  it.each([
    // a cap the user sets, a condition, a rate: not a quota
    ['never let image-resizer in lambda run more than 10 at the same time', 'lambda:PutFunctionConcurrency'],
    ['tell me if we have more than 50 messages waiting in queue jobs', 'sqs:GetQueueAttributes'],
    ['we need more than 1000 requests per second on the api', 'apigateway:CreateUsagePlan'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

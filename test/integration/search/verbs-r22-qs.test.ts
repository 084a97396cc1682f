// Round 22 (questions about state): "pull up", "give me the/our" and "fill me in on"
// ask to be shown a thing (data/verbs-r22-qs.ts); they read, and a concept in the request lends
// no change (question-concepts.ts showsOnly). "give me a/an X" still makes one.

import { describe, expect, it } from 'vitest';
import { R22_QS_SHOW_VERBS } from '../../../src/search/data/verbs-r22-qs.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('round 22 showing phrases: every entry has a reason and finds its example', () => {
  it.each(Object.entries(R22_QS_SHOW_VERBS))('%s', (_, v) => {
    expect(v.why.length).toBeGreaterThan(10);
    expect(top(v.example[0], 5)).toContain(v.example[1]);
  });
});

describe('a request to be shown a thing reads it, on any service', () => {
  it.each([
    [
      'pull up the health of the beanstalk environment for the web app',
      'elasticbeanstalk:DescribeEnvironmentHealth',
    ],
    ['pull up the logs for the payments function', 'logs:GetLogEvents'],
    ['give me the build image and compute type the api codebuild project uses', 'codebuild:BatchGetProjects'],
    ['pull up the redshift cluster analytics: node type and node count', 'redshift:DescribeClusters'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    'give me the arn of the orders sns topic',
    'pull up the cron expression on the nightly-cleanup eventbridge rule',
    'pull up the rabbitmq broker details: engine version, instance size, whether it is multi-az',
    'pull up the lifecycle rules on bucket media-archive',
  ])('%s only reads', (query) => {
    expect(search(query, 1)[0]!.risk).toBe('read');
  });

  it('"give me the next free X" still allocates one', () => {
    expect(top('give me the next free /24 from ipam-pool-0abc1234', 1)).toEqual(['ec2:AllocateIpamPoolCidr']);
  });

  it('"give me a/an X" still makes one', () => {
    expect(top('give me a managed influxdb i can point telegraf at', 1)).toEqual([
      'timestream-influxdb:CreateDbInstance',
    ]);
  });
});

// Issue 16, round 21 (on-call and routine operations wordings): a shell command named by its
// program is Run Command, log lines picked by what they contain are a filter of the group's
// events, a person paged now is an Incident Manager engagement, servers that are "down" are
// asked about by their health (data/concepts-r21-ops.ts, data/verbs-r21-ops.ts `page`). Every
// entry has a reason and an example (also checked with every concept in concepts.test.ts); the
// cases below are other wordings, and the same words where they must keep another reading.

import { describe, expect, it } from 'vitest';
import { R21_OPS_CONCEPTS } from '../../../src/search/data/concepts-r21-ops.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 ops concepts: every entry has a reason and a passing example', () => {
  it.each(R21_OPS_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 5)).toContain(c.example[1]);
  });
});

describe('on-call wordings find the operation that does it', () => {
  it.each([
    ['run uptime on all the web servers', 'ssm:SendCommand'],
    ['check free -m on the db box i-0abc1234def567890', 'ssm:SendCommand'],
    ['show the log lines containing timeout from my function', 'logs:FilterLogEvents'],
    ['find lines mentioning OutOfMemory in log group /aws/lambda/api', 'logs:FilterLogEvents'],
    ['page the on-call person for the checkout service', 'ssm-contacts:StartEngagement'],
    ['page the responders for the payments outage', 'ssm-contacts:StartEngagement'],
    ['page whoever is on call for payments', 'ssm-contacts:StartEngagement'],
    ['which targets are down behind my load balancer', 'elbv2:DescribeTargetHealth'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('the same words keep their own reading elsewhere', () => {
  it.each([
    ['declare an incident and page the on-call team', 'ssm-incidents:StartIncident'],
    ['page me when cpu goes above 90 percent', 'cloudwatch:PutMetricAlarm'],
    ['add bob as an on-call engineer in incident manager', 'ssm-contacts:CreateContact'],
    ['stream new log lines from the app to a kinesis stream as they come in', 'logs:PutSubscriptionFilter'],
    ['count the ERROR lines in my logs so I can graph and alarm on them', 'logs:PutMetricFilter'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

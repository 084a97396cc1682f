// Issue 16, round 18 (paraphrases, tasks and questions for services outside the best-known twenty,
// ids a to l): "queue a workload" submits it and names no SQS queue, "open a pull request" or
// "raise a ticket" makes one, "scan the new folders" runs what scans (data/noun-verbs-r18-tail-a.ts);
// "warn me when" sets a watch up (data/verbs-r18-tail-a.ts); "did my job fail last night" reads
// the job's runs (data/past-events-r17-questions.ts); what we paid, the release process, contact
// flows and data per second name what the services keep, "by email" is the channel (not SES), an
// app's sign-in directory is a user pool, a detector with its id is GuardDuty's
// (data/concepts-r18-tail-a.ts, whose examples concepts.test.ts checks); a load balancer said
// plainly is elbv2 (aws-vocabulary.ts). Every entry has a reason and an example that must find its
// operation in the top five; the cases below are other queries of the same kinds.

import { describe, expect, it } from 'vitest';
import { NOUN_VERBS } from '../../../src/search/data/noun-verbs.js';
import { NOUN_VERBS_R18_TAIL_A } from '../../../src/search/data/noun-verbs-r18-tail-a.js';
import { R18_TAIL_A_VERBS } from '../../../src/search/data/verbs-r18-tail-a.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 18 tail-a verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R18_TAIL_A_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('round 18 tail-a verbs read by their noun', () => {
  it.each(NOUN_VERBS_R18_TAIL_A.map((e) => [e.verbs.join('/'), e] as const))('%s', (_, e) => {
    expect(NOUN_VERBS).toContain(e);
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 5)).toContain(e.example[1]);
  });

  it.each([
    ['queue a batch workload for tonight', 'batch:SubmitJob'],
    ['raise a ticket with aws support about the throttling', 'support:CreateCase'],
    ['scan the new files in the raw bucket for malware', 'guardduty:StartMalwareScan'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a queued message is still an SQS message', () => {
    expect(top('queue a message with the order id for the shipping worker', 1)).toEqual(['sqs:SendMessage']);
  });
});

describe('round 18 tail-a concepts, other queries of the same kind', () => {
  it.each([
    ['how much did we pay for ec2 last quarter', 'ce:GetCostAndUsage'],
    ['place a call to +442071234567 through contact flow inbound-main', 'connect:StartOutboundVoiceContact'],
    ['triple the records per second our clicks stream can handle', 'kinesis:UpdateShardCount'],
    ['alert me by email when the bill forecast goes over 1000 dollars', 'budgets:CreateBudget'],
    ['suspicious activity in detector 4cb8f7e2a1d39b0c6e5f4a2b1c0d9e8f this week', 'guardduty:ListFindings'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('"did my X fail last night" reads the runs of X', () => {
  it.each([['did our nightly-export glue job fail last night', 'glue:GetJobRuns']])(
    '%s',
    (query, expected) => {
      expect(top(query, 1)).toEqual([expected]);
    },
  );

  it("a status question without a past run keeps the thing's own read", () => {
    expect(top('did the stack finish updating', 1)).toEqual(['cloudformation:DescribeStacks']);
  });
});

describe('a load balancer said plainly is elbv2; the classic one is named (aws-vocabulary.ts)', () => {
  it.each([
    ['which targets behind the load balancer are unhealthy', 'elbv2:DescribeTargetHealth'],
    ['take web-3 out of our old classic load balancer', 'elb:DeregisterInstancesFromLoadBalancer'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

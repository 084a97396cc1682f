// Issue 16, round 20 (paraphrases of the best-known twenty-five services): "get emails/texts from
// a topic" subscribes (data/verbs-r20-paratop.ts), "pull/kick X out of" a group removes it
// (data/phrasal-verbs-r20-paratop.ts), and chat words for things AWS names otherwise
// (data/concepts-r20-paratop.ts). Every entry has a reason and an example that must find its
// operation in the top five; the cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { R20_PARATOP_CONCEPTS } from '../../../src/search/data/concepts-r20-paratop.js';
import { R20_PARATOP_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r20-paratop.js';
import { PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs.js';
import { R20_PARATOP_VERBS } from '../../../src/search/data/verbs-r20-paratop.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 20 paraphrase verbs and concepts: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R20_PARATOP_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each(Object.entries(R20_PARATOP_PHRASAL_VERBS))('phrasal verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(PHRASAL_VERBS[verb]).toBe(entry);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each(R20_PARATOP_CONCEPTS.map((c) => [c.example[0], c] as const))('concept: %s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('getting emails or texts from a topic subscribes to it; "get" alone still reads', () => {
  it.each([
    ['get emails from the alerts sns topic', 'sns:Subscribe'],
    ['get texts on my phone from the oncall sns topic', 'sns:Subscribe'],
    ['get a text from topic pager whenever it fires', 'sns:Subscribe'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('getting a paged alert on a metric is an alarm', () => {
    expect(top('get paged when cpu on the db host stays over 90 percent', 1)).toEqual([
      'cloudwatch:PutMetricAlarm',
    ]);
  });

  it('getting the attributes of a topic reads them', () => {
    expect(top('get the attributes of sns topic alerts', 1)).toEqual(['sns:GetTopicAttributes']);
  });
});

describe('pulling or kicking a member out of its group removes it', () => {
  it.each([
    ['pull i-0abc1234def567890 out of the web target group', 'elbv2:DeregisterTargets'],
    ['pull i-0abc123 out of the alb rotation for maintenance', 'elbv2:DeregisterTargets'],
    ['kick user bob out of the admins iam group', 'iam:RemoveUserFromGroup'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('chat words: behind the load balancer, in rotation, passing checks, static creds, blew up', () => {
  it.each([
    ['are the servers behind the alb web-prod healthy', 'elbv2:DescribeTargetHealth'],
    ['are the boxes behind the alb passing checks?', 'elbv2:DescribeTargetHealth'],
    ['put i-0abc1234def567890 back in rotation on the alb', 'elbv2:RegisterTargets'],
    ['jenkins has had the same long-lived creds for 2 years, swap them', 'iam:CreateAccessKey'],
    [
      'the step functions run blew up at some state, show me its history',
      'stepfunctions:GetExecutionHistory',
    ],
    ['show the trust doc of role deployer', 'iam:GetRole'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('the target groups behind a load balancer are still its target groups', () => {
    expect(top('list the target groups behind my alb', 1)).toEqual(['elbv2:DescribeTargetGroups']);
  });
});

// Issue 16, round 20 (specialists' questions): "should we buy / move / downsize ..." asks for the
// recommendation AWS computes from usage (src/search/advice.ts, data/advice-r20-persona.ts), not
// the offerings list of the service named nor the purchase or resize itself.

import { describe, expect, it } from 'vitest';
import { adviceAsked } from '../../../src/search/advice.js';
import { ADVICE } from '../../../src/search/data/advice-r20-persona.js';
import { R20_QUESTION_OPENERS } from '../../../src/search/data/intent-r20-persona.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('advice answers: every entry has a reason and a passing example', () => {
  it.each(ADVICE.answers.map((a) => [a.example[0], a] as const))('%s', (_, a) => {
    expect(a.why.length).toBeGreaterThan(10);
    expect(top(a.example[0], 1)).toEqual([a.example[1]]);
  });

  it.each(Object.entries(R20_QUESTION_OPENERS))('opener %s reads first', (_, entry) => {
    const results = search(entry.example[0], 5);
    expect(results.map((r) => `${r.service}:${r.operation}`)).toContain(entry.example[1]);
    expect(['read', 'sensitive-read']).toContain(results[0]!.risk);
  });
});

describe('what to buy is the purchase recommendation, on any service named', () => {
  it.each([
    ['what reserved instances should we buy for EC2?', 'ce:GetReservationPurchaseRecommendation'],
    ['should we buy RDS reserved instances?', 'ce:GetReservationPurchaseRecommendation'],
    ['should I reserve elasticache nodes for the session cache', 'ce:GetReservationPurchaseRecommendation'],
    ['which Savings Plans should we buy based on usage?', 'ce:GetSavingsPlansPurchaseRecommendation'],
    ['shall we commit to a compute savings plan', 'ce:GetSavingsPlansPurchaseRecommendation'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('what size to move to is the rightsizing recommendation', () => {
  it.each([
    [
      'what instance type should we move i-0abc1234def567890 to?',
      'compute-optimizer:GetEC2InstanceRecommendations',
    ],
    ['should we switch i-0abc1234def567890 to graviton?', 'compute-optimizer:GetEC2InstanceRecommendations'],
    ['should I resize my lambda memory?', 'compute-optimizer:GetLambdaFunctionRecommendations'],
    [
      'should we move the lambda function thumbnailer to arm?',
      'compute-optimizer:GetLambdaFunctionRecommendations',
    ],
    [
      'what size should our auto scaling group instances be?',
      'compute-optimizer:GetAutoScalingGroupRecommendations',
    ],
    ['what type should the ebs volume vol-0abc1234 be?', 'compute-optimizer:GetEBSVolumeRecommendations'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('other wordings are no advice question', () => {
  it.each([
    'buy a savings plan',
    'buy reserved instances offering for m5.large',
    'should we change the bucket policy to deny http?',
    'resize the redshift cluster to 4 nodes',
  ])('%s', (query) => {
    expect(adviceAsked(words(query))).toBeUndefined();
  });

  it('a purchase asked for is still the purchase', () => {
    expect(top('buy a 1 year reserved instance offering for m5.large', 1)).toEqual([
      'ec2:PurchaseReservedInstancesOffering',
    ]);
  });
});

// Issue 16, round 21 (on-call wordings): bounds given as a range ("keep the fleet between 4 and
// 20 machines") are a setting of a thing that exists (data/value-change.ts `between`, and `keep`
// as a light verb), not a new one; where Application Auto Scaling scales the thing (a DynamoDB
// table's capacity), the range is its scalable target (src/search/value-change.ts).

import { describe, expect, it } from 'vitest';
import { movesValue } from '../../../src/search/value-change.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a range given to a thing that exists sets its bounds', () => {
  it.each([
    ['keep the web fleet between 4 and 20 machines', 'autoscaling:UpdateAutoScalingGroup'],
    ['keep asg web-prod between 4 and 20 instances', 'autoscaling:UpdateAutoScalingGroup'],
    ['keep the eks node group workers between 3 and 12 nodes', 'eks:UpdateNodegroupConfig'],
    [
      'the read capacity of the sessions dynamodb table should float between 5 and 500',
      'application-autoscaling:RegisterScalableTarget',
    ],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a typed verb of its own keeps its reading', () => {
    expect(top('create an auto scaling group web with between 2 and 6 instances', 1)).toEqual([
      'autoscaling:CreateAutoScalingGroup',
    ]);
    expect(top('keep old versions of my objects', 1)).toEqual(['s3:PutBucketVersioning']);
  });

  it('only a number after "between" is a range', () => {
    expect(movesValue(['between', '4', 'and', '20'])).toBe(true);
    expect(movesValue(['between', 'the', 'subnets'])).toBe(false);
  });
});

// Round 22 (questions about state): paying for things in a denied state ("aren't attached",
// "not associated", "no targets") asks which things are wasted, as "unattached" or "idle" does:
// their own list, not the bill (elsewhere.ts spendAsked, data/negated-waste-r22-qs.ts).

import { describe, expect, it } from 'vitest';
import { NEGATED_WASTE } from '../../../src/search/data/negated-waste-r22-qs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('paying for things nothing uses', () => {
  it('the entry has a reason and finds its example first', () => {
    expect(NEGATED_WASTE.why.length).toBeGreaterThan(10);
    expect(top(NEGATED_WASTE.example[0], 1)).toEqual([NEGATED_WASTE.example[1]]);
  });

  it.each([
    ["are we paying for volumes that aren't attached to any instance", 'ec2:DescribeVolumes'],
    ['are we paying for elastic ips that are not associated with anything', 'ec2:DescribeAddresses'],
    ['are we paying for load balancers with no targets behind them', 'elbv2:DescribeLoadBalancers'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('what we pay for things in use is still the bill', () => {
    expect(top('how much are we paying for nat gateways', 1)).toEqual(['ce:GetCostAndUsage']);
  });
});

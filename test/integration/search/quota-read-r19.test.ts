// Issue 16, round 19 (choosing among one service's operations): the account's own limit named
// with everyday words ("cap", "ceiling"; data/quota-read-r14.ts) and asked as a noun phrase with
// no verb (quota-read.ts) is read from Service Quotas, as a question about it is.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe("the account's own cap on a thing, asked with or without a question", () => {
  it.each([
    ['the current cap on standard vcpus in my account', 'service-quotas:GetServiceQuota'],
    ['our ceiling on elastic ips in this region', 'service-quotas:GetServiceQuota'],
    ["what's our cap on vpcs per region", 'service-quotas:GetServiceQuota'],
  ])('%s', (query, expected) => {
    expect(top(query, 2)).toContain(expected);
  });

  it('a cap set on a thing is still the thing’s change', () => {
    expect(top('cap the reserved concurrency of my lambda orders-fn at 20', 1)).toEqual([
      'lambda:PutFunctionConcurrency',
    ]);
  });
});

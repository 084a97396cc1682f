// The account's own limit asked about is offered from Service Quotas beside the service's own
// limits read (src/search/quota-read.ts, data/quota-read-r14.ts); a raise is another task.

import { describe, expect, it } from 'vitest';
import { QUOTA_READ } from '../../../src/search/data/quota-read-r14.js';
import { asksOwnLimit } from '../../../src/search/quota-read.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('own limit questions (data/quota-read-r14.ts)', () => {
  it('its example finds its operation in the top 5', () => {
    expect(QUOTA_READ.why.length).toBeGreaterThan(10);
    expect(top(QUOTA_READ.example[0], 5)).toContain(QUOTA_READ.example[1]);
  });

  it('asks the own limit only with a limit word and our/my, and no change of it', () => {
    expect(asksOwnLimit('how close am i to my vcpu limit'.split(' '))).toBe(true);
    expect(asksOwnLimit('what is the default lambda timeout limit'.split(' '))).toBe(false);
    expect(asksOwnLimit("what's happening with my quota increase request".split(' '))).toBe(false);
  });

  it('offers the applied quota beside the service read', () => {
    expect(top('how close am I to my vCPU limit', 5)).toContain('service-quotas:GetServiceQuota');
    expect(top("what's our limit on running on-demand standard instances", 5)).toContain(
      'service-quotas:GetServiceQuota',
    );
  });
});

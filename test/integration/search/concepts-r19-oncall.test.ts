// Issue 16, round 19 (on-call wordings): everyday words for a state or a record another name holds
// (data/concepts-r19-oncall.ts). Every entry has a reason and an example ranked first; the cases
// below keep the neighbouring readings apart.

import { describe, expect, it } from 'vitest';
import { R19_ONCALL_CONCEPTS } from '../../../src/search/data/concepts-r19-oncall.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 19 on-call concepts: every entry has a reason and an example ranked first', () => {
  it.each(R19_ONCALL_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 1)).toEqual([c.example[1]]);
  });
});

describe('neighbouring readings stay apart', () => {
  it.each([
    // "the standby" of a database is still its failover
    ['switch my aurora cluster to the standby', 'rds:FailoverDBCluster'],
    // one resource's history is AWS Config's
    ['how did security group sg-0123abcd change over the past week', 'config:GetResourceConfigHistory'],
    // draining a target out of a load balancer deregisters it
    ['drain the instance i-0abc from target group tg-web', 'elbv2:DeregisterTargets'],
    // moving the primary of a global database fails it over
    ['swap the primary region of global database orders-global to eu-west-1', 'rds:FailoverGlobalCluster'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

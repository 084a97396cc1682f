// How a measure "looked" over a time (cpu, latency, throughput) is its CloudWatch metric history,
// not the AWS Config history of the resource it measures (data/metric-words-r20.ts, read by the
// managed-by entries in data/managed-by-r16-services-more.ts and managed-by-r17-cross-watch.ts).

import { describe, expect, it } from 'vitest';
import { METRIC_SHAPES } from '../../../src/search/data/metric-words-r20.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();
const service = (q: string): string => top(q, 1)[0]!.split(':')[0]!;

describe('a measure that looked some way over a time (data/metric-words-r20.ts)', () => {
  it('the entry has a reason and its example finds its operation', () => {
    expect(METRIC_SHAPES.why.length).toBeGreaterThan(10);
    expect(top(METRIC_SHAPES.example[0], 5)).toContain(METRIC_SHAPES.example[1]);
  });

  it('is a CloudWatch metric read across the services measured', () => {
    expect(service('what has the CPU on i-0123456789abcdef0 looked like over the past day?')).toBe(
      'cloudwatch',
    );
    expect(service('what has memory utilization on the sessions redis cluster looked like today?')).toBe(
      'cloudwatch',
    );
    expect(service('show me what throughput on the clicks kinesis stream looked like this morning')).toBe(
      'cloudwatch',
    );
    expect(service('how has cpu on the prod-db rds instance trended this week?')).toBe('cloudwatch');
  });

  it('a resource that looked some way is still its configuration history', () => {
    expect(top('what has the security group looked like since monday?', 1)).toEqual([
      'config:GetResourceConfigHistory',
    ]);
  });

  it('a graph database is no measure', () => {
    expect(service('create a graph database box for the fraud team')).toBe('neptune');
  });
});

// A moment typed as a value (src/search/time-value.ts, data/time-value-r17-tasks.ts): a date or
// a timestamp a thing is taken back to is a point in time; a window of time is not one moment.

import { describe, expect, it } from 'vitest';
import { MOMENT_MARKERS, MOMENT_SHAPES } from '../../../src/search/data/time-value-r17-tasks.js';
import { takesToMoment } from '../../../src/search/time-value.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();
const split = (q: string) => q.split(' ');

describe('moments (data/time-value-r17-tasks.ts): every entry has a reason and a passing example', () => {
  it.each([...MOMENT_SHAPES, ...Object.values(MOMENT_MARKERS)])('$example', (entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('reading a moment', () => {
  it('takes a thing to one moment, not to a window', () => {
    expect(takesToMoment(split('restore orders to 2024-05-01T10:00Z'))).toBe(true);
    expect(takesToMoment(split('export it as of 2024-06-01'))).toBe(true);
    expect(takesToMoment(split('cost from 2024-05-01 to 2024-06-01'))).toBe(false);
    expect(takesToMoment(split('restore snapshot nightly-2024-05-01 to a new instance'))).toBe(false);
  });

  it.each([
    [
      'bring the users table back to 2024-07-07 09:00 UTC in a new table users-fix',
      'dynamodb:RestoreTableToPointInTime',
    ],
    [
      'restore the orders table to 2024-05-01T10:00Z as orders-restored',
      'dynamodb:RestoreTableToPointInTime',
    ],
    ['recover database orders-db as it was at 2024-04-04T04:04Z', 'rds:RestoreDBInstanceToPointInTime'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('leaves a window of time and a dated snapshot name alone', () => {
    expect(top('how much did EC2 cost us from 2024-05-01 to 2024-06-01', 1)).toEqual(['ce:GetCostAndUsage']);
    expect(top('restore db snapshot nightly-2024-05-01 to a new instance', 1)).toEqual([
      'rds:RestoreDBInstanceFromDBSnapshot',
    ]);
  });
});

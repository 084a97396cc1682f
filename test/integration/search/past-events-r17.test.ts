// Round 17: a question about what happened to a thing reads the thing's record over time
// (past-events.ts, data/past-events-r17-questions.ts); one about a single run's outcome keeps
// that run's read.

import { describe, expect, it } from 'vitest';
import { RECORD_NOUNS } from '../../../src/search/data/past-events-r17-questions.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('past events read the record (past-events.ts)', () => {
  it.each(Object.entries(RECORD_NOUNS))('%s: its example finds its record read first', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });

  it.each([
    ['when did the disk-full alarm last fire', 'cloudwatch:DescribeAlarmHistory'],
    ['when did the web-asg last scale out', 'autoscaling:DescribeScalingActivities'],
    ['why did the reporting database reboot yesterday in rds', 'rds:DescribeEvents'],
  ])('%s: the record first', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['why did my athena query fail', 'athena:GetQueryExecution'],
    ['why did my ecs task stop', 'ecs:DescribeTasks'],
    ['why did the dms task stop', 'dms:DescribeReplicationTasks'],
  ])('one run asked why it ended: its own read, not the list of runs: %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

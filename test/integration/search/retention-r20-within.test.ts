// Round 20: a retention question in the passive ("how long are logs retained in log group x")
// names what is kept first and the thing that keeps it after (src/search/retention.ts keptIn,
// data/retention-r14.ts keptWords): the thing's own read answers it, as for "does x keep y".

import { describe, expect, it } from 'vitest';
import { asksRetention } from '../../../src/search/retention.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a passive retention question reads the thing that keeps', () => {
  it('asks how long with a participle of keeping', () => {
    expect(asksRetention('how long are logs retained in log group x'.split(' '))).toBe(true);
    expect(asksRetention('how long are messages kept in queue jobs'.split(' '))).toBe(true);
    expect(asksRetention('the messages kept in queue jobs'.split(' '))).toBe(false);
  });

  it.each([
    ['how long are logs retained in log group /aws/lambda/api?', 'logs:DescribeLogGroups'],
    ['how long are messages kept in queue jobs?', 'sqs:GetQueueAttributes'],
    ['how long are events stored in cloudtrail event data store org-events?', 'cloudtrail:GetEventDataStore'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a stream keeps its records: its summary or its full read', () => {
    expect(top('how long is data retained in kinesis stream clicks?', 2)).toContain(
      'kinesis:DescribeStreamSummary',
    );
  });
});

// Whether a thing keeps what it holds for a time is read from the thing (src/search/retention.ts,
// data/retention-r14.ts), not set: the question's read ranks above the setting's change.

import { describe, expect, it } from 'vitest';
import { RETENTION_QUESTION } from '../../../src/search/data/retention-r14.js';
import { asksRetention } from '../../../src/search/retention.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('retention questions (data/retention-r14.ts)', () => {
  it('its example finds its operation in the top 5', () => {
    expect(RETENTION_QUESTION.why.length).toBeGreaterThan(10);
    expect(top(RETENTION_QUESTION.example[0], 5)).toContain(RETENTION_QUESTION.example[1]);
  });

  it('asks how long only with a keep verb and a time', () => {
    expect(asksRetention('does the log group keep logs for 30 days'.split(' '))).toBe(true);
    expect(asksRetention('will the repository keep untagged images forever'.split(' '))).toBe(true);
    expect(asksRetention('keep the instance running'.split(' '))).toBe(false);
    expect(asksRetention('delete snapshots older than 30 days'.split(' '))).toBe(false);
  });

  it('reads the thing that holds the setting, not its change', () => {
    expect(top('does the api log group keep logs for 30 days', 1)).toEqual(['logs:DescribeLogGroups']);
    expect(search('would my sqs queue keep messages 14 days', 1)[0]!.risk).toBe('read');
    // a request to keep them sets it
    expect(top('keep logs of the api log group for 30 days', 3)).toContain('logs:PutRetentionPolicy');
  });
});

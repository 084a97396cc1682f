// Round-14 siblings: many things at once pick the batch or bulk variant (many.ts,
// data/many-r14.ts); one thing, a time or a capacity counted keeps the single call.

import { describe, expect, it } from 'vitest';
import { AT_ONCE, COUNTED_MANY, MANY_WORDS } from '../../../src/search/data/many-r14.js';
import { asksMany } from '../../../src/search/many.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('many things at once ask for the batch variant (many.ts)', () => {
  it.each([
    ['MANY_WORDS', MANY_WORDS],
    ['AT_ONCE', AT_ONCE],
    ['COUNTED_MANY', COUNTED_MANY],
  ] as const)('%s: its example finds the batch call first', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it.each([
    ['send several messages to the sqs queue in one call', true],
    ['a list of records', true],
    ['delete two old images', true],
    ['submit a job to aws batch queue gpu-queue', false],
    ['scale the service to 4 tasks', false],
    ['errors in the last 7 days', false],
    ['how many objects are in the bucket', false],
  ])('%s -> many: %s', (query, many) => {
    expect(asksMany(query.split(' '))).toBe(many);
  });

  it('one thing keeps the single call first', () => {
    expect(top('send a message to the sqs queue orders', 1)).toEqual(['sqs:SendMessage']);
  });
});

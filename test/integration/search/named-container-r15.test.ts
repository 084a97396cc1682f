// A named container after of/for/in/by (src/search/named-container.ts,
// data/named-container-r15.ts): the things typed before it sit in it, so List<X>For<Y> /
// By<Y> / In<Y> reads them; one thing of a container, a frame or a change is left alone.

import { describe, expect, it } from 'vitest';
import { NAMED_CONTAINER_WORDS, VERBLESS_LISTING } from '../../../src/search/data/named-container-r15.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('named-container prepositions (data/named-container-r15.ts)', () => {
  it.each(Object.entries(NAMED_CONTAINER_WORDS))(
    '%s: its example finds its operation first',
    (word, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[0].split(' ')).toContain(word);
      expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
    },
  );

  it('things of a named container typed with no verb are read, not made', () => {
    expect(VERBLESS_LISTING.why.length).toBeGreaterThan(10);
    expect(top(VERBLESS_LISTING.example[0], 1)).toEqual([VERBLESS_LISTING.example[1]]);
  });
});

describe('what a named container leaves alone', () => {
  it.each([
    // one thing of the container, with a change verb: the container's own operation
    ['reboot node 0001 of cache cluster sessions-cache-002', 'elasticache:RebootCacheCluster'],
    // a frame before "of" asks about one run, not what the state machine holds
    [
      'what was the status of the last execution of state machine billing-flow',
      'stepfunctions:ListExecutions',
    ],
  ])('%s -> %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

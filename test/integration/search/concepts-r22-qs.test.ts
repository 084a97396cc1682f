// Issue 16, round 22 (questions about state): the words a team uses for its things
// (data/concepts-r22-qs.ts): the warehouse is the Redshift cluster, the search domain an
// OpenSearch domain, whatever name the team put before them. Every entry has a reason and an
// example ranked first; the cases below are other wordings, asking and acting.

import { describe, expect, it } from 'vitest';
import { R22_QS_CONCEPTS } from '../../../src/search/data/concepts-r22-qs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 22 concepts: every entry has a reason and an example ranked first', () => {
  it.each(R22_QS_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 1)).toEqual([c.example[1]]);
  });
});

describe('other wordings of the same things', () => {
  it.each([
    ['is the analytics warehouse paused right now or running?', 'redshift:DescribeClusters'],
    ['take a snapshot of our warehouse before the migration', 'redshift:CreateClusterSnapshot'],
    ['resize the reporting warehouse to 4 nodes', 'redshift:ResizeCluster'],
    ['pause the warehouse over the weekend', 'redshift:PauseCluster'],
    ['how many data nodes does the logs search domain have', 'opensearch:DescribeDomainNodes'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

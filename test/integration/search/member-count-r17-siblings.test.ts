// A number of members moved up or down ("add two more brokers", "trim the dax cluster down to 2
// nodes") is the service's count operation where it has one (src/search/member-count.ts,
// data/member-count-r17-siblings.ts), not making a thing or changing it in general.

import { describe, expect, it } from 'vitest';
import { MEMBER_NOUNS } from '../../../src/search/data/member-count-r17-siblings.js';
import { countedMembers } from '../../../src/search/member-count.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('member counts (data/member-count-r17-siblings.ts)', () => {
  it.each(Object.entries(MEMBER_NOUNS))('%s: its example finds its operation in the top 5', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0]).toContain(word);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('reads a count of members only after a number or more/another, and not what a new thing has', () => {
    expect(countedMembers('add three more kafka nodes'.split(' '))).toEqual({ noun: 4, from: 1 });
    expect(countedMembers('bump the stream to 8 shards'.split(' '))).toEqual({ noun: 5, from: 4 });
    expect(countedMembers('list the nodes of cluster x'.split(' '))).toBeUndefined();
    expect(countedMembers('a redis with a primary and two read replicas'.split(' '))).toBeUndefined();
  });

  it('the count operation leads where the service has one, up or down', () => {
    expect(top('add three more kafka nodes to the streaming cluster', 1)).toEqual([
      'kafka:UpdateBrokerCount',
    ]);
    expect(top('trim the dax cluster down to 2 nodes', 1)).toEqual(['dax:DecreaseReplicationFactor']);
    expect(top('give the orders kinesis stream 4 more shards', 1)).toEqual(['kinesis:UpdateShardCount']);
  });

  it('a service with no count operation keeps its own reading', () => {
    expect(top('add another instance to documentdb cluster catalog-db', 1)).toEqual([
      'docdb:CreateDBInstance',
    ]);
    expect(top('set up a redis with a primary and two read replicas across zones', 3)).toContain(
      'elasticache:CreateReplicationGroup',
    );
  });
});

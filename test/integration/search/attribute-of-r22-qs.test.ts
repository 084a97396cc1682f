// Round 22 (questions about state): the value one thing has, asked in more ways
// (attribute-of.ts, data/attribute-of-r22-qs.ts): "what version of postgres is X on" as "what
// postgres version is X on", "release" as AWS's version, and the orderable options and
// offerings, which list what one could pick, losing to the thing's own read.

import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_OF_R22 } from '../../../src/search/data/attribute-of-r22-qs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('the value a thing has, asked in other words', () => {
  it('the entry has a reason and finds its example in the top 5', () => {
    expect(ATTRIBUTE_OF_R22.why.length).toBeGreaterThan(10);
    expect(top(ATTRIBUTE_OF_R22.example[0], 5)).toContain(ATTRIBUTE_OF_R22.example[1]);
  });

  it.each([
    ['which postgres version is the reporting db on', 'rds:DescribeDBInstances'],
    ['what version of postgres is the reporting db on', 'rds:DescribeDBInstances'],
    ['what version of mysql is the orders database on', 'rds:DescribeDBInstances'],
    ['which engine release is the orders mysql db on', 'rds:DescribeDBInstances'],
    ['what version of redis is the session cache running', 'elasticache:DescribeReplicationGroups'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('asked for the values on offer, the list still answers', () => {
    expect(top('which postgres versions can I pick for a new rds instance', 3)).toContain(
      'rds:DescribeDBEngineVersions',
    );
  });
});

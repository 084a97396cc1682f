// Round 19: "what <attribute> is my <thing> ..." asks the value one thing has, so its own read
// answers, not the operation listing the values AWS offers (src/search/attribute-of.ts,
// data/attribute-of-r19-questions.ts).

import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_OF } from '../../../src/search/data/attribute-of-r19-questions.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('the value of one attribute of a thing the user has', () => {
  it("the entry's own example: a cluster's engine version is in the cluster's read", () => {
    expect(ATTRIBUTE_OF.why.length).toBeGreaterThan(10);
    const [query, expected] = ATTRIBUTE_OF.example;
    // a redis cluster with replicas is a replication group: its read holds the engine version
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a version, a node type or an instance type of my thing: its own read first', () => {
    expect(top('what node type is my redshift cluster using', 1)).toEqual(['redshift:DescribeClusters']);
    expect(top('what postgres version is the orders database running', 1)).toEqual([
      'rds:DescribeDBInstances',
    ]);
    expect(top('what kubernetes version is my cluster on', 1)).toEqual(['eks:DescribeCluster']);
    expect(top('what instance type is the bastion host', 1)).toEqual(['ec2:DescribeInstances']);
  });

  it('the values on offer, asked in the plural and of no thing of mine, stay their list', () => {
    expect(top('what engine versions does elasticache support', 1)).toEqual([
      'elasticache:DescribeCacheEngineVersions',
    ]);
    expect(top('which instance types can i use in us-east-1', 1)).toEqual(['ec2:DescribeInstanceTypes']);
  });
});

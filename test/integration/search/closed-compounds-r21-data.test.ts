// Issue 16, round 21: a word typed closed that AWS names as two words ("filesystem" for
// FileSystem, "loadbalancer", "hostedzones") also counts as its two parts (closed-compounds.ts);
// the table of pairs comes from the operation names, so every service is covered. A word that is
// a name word of its own, a service's name or a brand ("github") keeps its own meaning.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a closed compound finds the operation named with its two words', () => {
  it.each([
    ['create a new filesystem for the web servers', 'efs:CreateFileSystem'],
    ['delete the loadbalancer web-lb', 'elbv2:DeleteLoadBalancer'],
    ['list my hostedzones', 'route53:ListHostedZones'],
    ['list the nodegroups of cluster prod', 'eks:ListNodegroups'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('a compound whose first word is a service kind still helps it in the top five', () => {
    expect(top('create a userpool for the app', 5)).toContain('cognito-idp:CreateUserPool');
  });
});

describe('a brand or a name word of its own is not split', () => {
  it.each([
    ['why is my github connection still showing pending', 'codeconnections:GetConnection'],
    ['describe the dataset import job', 'personalize:DescribeDatasetImportJob'],
  ])('%s', (query, op) => {
    expect(top(query, 2)).toContain(op);
  });
});

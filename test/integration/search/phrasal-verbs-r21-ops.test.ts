// Issue 16, round 21 (on-call and routine operations wordings): giving a thing more (or extra, or
// another 100 GiB) of something raises that setting of the thing; "give" alone grants
// (data/phrasal-verbs-r21-ops.ts). Every entry has a reason and an example that must find its
// operation in the top five; the cases below are other wordings on other services.

import { describe, expect, it } from 'vitest';
import { PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs.js';
import { R21_OPS_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r21-ops.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 ops phrasal verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R21_OPS_PHRASAL_VERBS))('%s', (key, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(PHRASAL_VERBS[key]).toEqual(entry);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('giving a thing more of something raises that setting', () => {
  it.each([
    ['the database is nearly full, give it more storage', 'rds:ModifyDBInstance'],
    ['give my lambda function more memory', 'lambda:UpdateFunctionConfiguration'],
    ['give the orders table more read capacity', 'dynamodb:UpdateTable'],
    ['give vol-0123456789abcdef0 more iops', 'ec2:ModifyVolume'],
    ['give the eks cluster more worker nodes', 'eks:UpdateNodegroupConfig'],
    ['give the kafka brokers more disk', 'kafka:UpdateBrokerStorage'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('giving someone access or permissions still grants', () => {
  it.each([
    ['give user bob access to the bucket', 'iam:AttachUserPolicy'],
    ['give the role more permissions to s3', 'iam:AttachRolePolicy'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

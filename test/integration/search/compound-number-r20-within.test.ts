// Round 20 (picking the operation once the service is clear): a compound noun's number is its
// last word's ("the key policy" is one, src/search/compound-number.ts), and a one-word
// vocabulary phrase written as a participle ("tagged", "printed") is not the noun or verb of its
// stem ("tags of x" is no search by tag; src/search/vocabulary.ts participleOnly).

import { describe, expect, it } from 'vitest';
import { COMPOUND_NUMBER } from '../../../src/search/data/compound-number-r20-within.js';
import { PHRASES } from '../../../src/search/vocabulary.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a compound noun is one thing or many by its last word', () => {
  it('its example finds its operation in the top 5', () => {
    expect(COMPOUND_NUMBER.why.length).toBeGreaterThan(10);
    expect(top(COMPOUND_NUMBER.example[0], 5)).toContain(COMPOUND_NUMBER.example[1]);
  });

  it.each([
    ['show the key policy document on our KMS key alias/payments', 'kms:GetKeyPolicy'],
    ['print the key policy on kms key 1234abcd', 'kms:GetKeyPolicy'],
    ['show the user pool client web-app in pool us-east-1_abc', 'cognito-idp:DescribeUserPoolClient'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a compound a name runs on from says which, not how many', () => {
    expect(top('which node types can memorydb cluster sessions scale up to', 1)).toEqual([
      'memorydb:ListAllowedNodeTypeUpdates',
    ]);
  });
});

describe('a participle phrase means that form only', () => {
  it('is marked with its typed form', () => {
    expect(PHRASES.get('tag')?.typed).toBe('tagged');
    expect(PHRASES.get('print')?.typed).toBe('printed');
  });

  it.each([
    ['what tags does the orders-worker lambda carry?', 'lambda:ListTags'],
    ['what tags does queue jobs have', 'sqs:ListQueueTags'],
    ['show the tags on function billing-sync', 'lambda:ListTags'],
  ])('the tags of one thing are its own: %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('the participle and a verb an operation is named for still mean it', () => {
    expect(top('find every resource tagged team=payments', 1)).toEqual([
      'resourcegroupstaggingapi:GetResources',
    ]);
    expect(top('tag the backup vault called legal-hold', 1)).toEqual(['backup:TagResource']);
  });
});

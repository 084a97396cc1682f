// Issue 16, round 19 (choosing among one service's operations): many things at once pick the
// call made for many, also where AWS names it in the plural beside the call for one (PutRecords
// beside PutRecord; many.ts isBatchVariant), and the round's ways to say "in one call"
// (data/many-r14.ts AT_ONCE).

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('many at once picks the plural twin of the one-thing call', () => {
  it.each([
    ['write 300 click events into kinesis stream clicks at once', 'kinesis:PutRecords'],
    ['fetch several settings from parameter store in one call', 'ssm:GetParameters'],
    ['drop several parameter store keys in a single request', 'ssm:DeleteParameters'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('one thing still picks the call for one', () => {
  it.each([
    ['write one click event into kinesis stream clicks', 'kinesis:PutRecord'],
    ['read the parameter store value /prod/db/url', 'ssm:GetParameter'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('round 19 wordings of one call say many', () => {
  it.each([
    ['put these records into kinesis stream clicks in one round trip', 'kinesis:PutRecords'],
    ['send these messages to sqs queue jobs in one shot', 'sqs:SendMessageBatch'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

// `Batch` leading a name is read as its first verb (BatchGetItem: verbs batch, get); the lift for
// many things found it only among the object words, so DynamoDB's batch calls never got it.
describe('a name that opens with Batch is a batch variant too', () => {
  it.each([
    ['look up several order rows by their keys in one request in dynamodb', 'dynamodb:BatchGetItem'],
    ['fetch the build details of these three codebuild builds in one call', 'codebuild:BatchGetBuilds'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([['look up the order row with key 42 in dynamodb table orders', 'dynamodb:GetItem']])(
    'one thing still picks the call for one: %s',
    (query, expected) => {
      expect(top(query, 1)).toEqual([expected]);
    },
  );
});

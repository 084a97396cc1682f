// Round 22 (questions about state): a filler or a hedge before a question ("quick question:",
// "so,", "roughly how many") is cut before the query is read (step-label.ts,
// data/opening-hedge-r22-qs.ts), so the question is read from its own first words.

import { describe, expect, it } from 'vitest';
import { OPENING_HEDGES } from '../../../src/search/data/opening-hedge-r22-qs.js';
import { withoutStepLabel } from '../../../src/search/step-label.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('opening hedges: every entry has a reason and finds its example first', () => {
  it.each(OPENING_HEDGES.map((e) => [e.example[0], e] as const))('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(withoutStepLabel(entry.example[0])).not.toBe(entry.example[0]);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('the hedge is cut, the question kept', () => {
  it.each([
    ['quick question: how many shards does it have', 'how many shards does it have'],
    ['ok so, is the cluster paused', 'is the cluster paused'],
    ['hey, btw which lambdas run node 16', 'which lambdas run node 16'],
    ['roughly how many users are there', 'how many users are there'],
    ['Step 2: so, is the queue empty', 'is the queue empty'],
  ])('%s', (query, kept) => {
    expect(withoutStepLabel(query)).toBe(kept);
  });

  it.each([
    'so delete the bucket',
    'about the orders table, delete it',
    'question answering over our docs',
    'around 5 pm stop the instance',
  ])('not before a question: %s stays', (query) => {
    expect(withoutStepLabel(query)).toBe(query);
  });
});

describe('a hedged question is read as the question, on several services', () => {
  it.each([
    ['so, is the analytics redshift cluster paused', 'redshift:DescribeClusters'],
    ['ok so what version of postgres is the reporting rds instance on', 'rds:DescribeDBInstances'],
    ['btw which lambdas still run node 16', 'lambda:ListFunctions'],
    [
      'quick question, how many shards does the clickstream kinesis stream have',
      'kinesis:DescribeStreamSummary',
    ],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a hedged count question does not act', () => {
    expect(search('approximately how many users have signed up in the cognito user pool', 1)[0]!.risk).toBe(
      'read',
    );
  });
});

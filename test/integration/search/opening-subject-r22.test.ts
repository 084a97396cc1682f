// Issue 16, round 22: a query that opens with "the/our/my <thing>" describes that thing as it is
// now, so it exists (acted-on.ts openingSubject, data/acted-on-r16-started.ts OPENING_SUBJECT):
// a Create of its kind answers another task. A query that says the thing is not there, or names
// a thing to make, is left alone.

import { beforeAll, describe, expect, it } from 'vitest';
import { OPENING_SUBJECT } from '../../../src/search/data/acted-on-r16-started.js';
import { analyze } from '../../../src/search/analyzer.js';
import { buildIndexData, type SearchIndexData } from '../../../src/search/index-build.js';
import { planQuery } from '../../../src/search/query.js';
import type { SearchIndex } from '../../../src/search/types.js';
import { openBundleSearch } from './search-fixture.js';

let index: SearchIndex;
let ix: SearchIndexData;
beforeAll(async () => {
  const opened = await openBundleSearch();
  index = opened.index;
  ix = buildIndexData(opened.catalog);
});

const first = (query: string): string => {
  const r = index.search({ query, limit: 1 }).results[0];
  return r ? `${r.service}:${r.operation}` : '';
};

/** Whether the plan reads a kind headed by this word as existing. */
const existsHeaded = (query: string, word: string): boolean => {
  const head = ix.termIds.get(analyze(word)[0]!);
  return (planQuery(ix, query).existing?.kinds ?? []).some((k) => k.head === head);
};

describe('OPENING_SUBJECT', () => {
  it('has a reason and finds its example first', () => {
    expect(OPENING_SUBJECT.why.length).toBeGreaterThan(10);
    expect(first(OPENING_SUBJECT.example[0])).toBe(OPENING_SUBJECT.example[1]);
  });

  it.each([
    ['the crawler runs every hour which is overkill, once a day is enough', 'crawler'],
    ['our queue keeps messages for four days, one day is plenty', 'queue'],
    ['my lambda function times out after 3 seconds', 'function'],
    ['the nightly backup plan keeps copies for a week', 'plan'],
  ])('%s -> a kind headed %s exists', (query, head) => {
    expect(existsHeaded(query, head)).toBe(true);
  });

  it.each([
    // the query says the thing is not there
    ["the key pair 'deploy' does not exist, make it", 'pair'],
    ['the bucket for the logs is missing, create it', 'bucket'],
    // a thing to make, not one there
    ['the new queue should hold orders for a day', 'queue'],
    // the thing follows the verb: acted on, not the opening topic
    ['create a queue for the orders', 'queue'],
  ])('%s -> no kind headed %s is read from its opening', (query, head) => {
    expect(existsHeaded(query, head)).toBe(false);
  });

  it('a Create of the opening thing yields to the change asked', () => {
    expect(first('our queue keeps messages for four days, one day is plenty')).not.toBe('sqs:CreateQueue');
  });
});

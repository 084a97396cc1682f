// Issue 16, round 16 (paraphrases): typo correction keeps a word's first letter (correct.ts).
// People mistype the inside of a word; a near name word that starts otherwise is another
// everyday word the user meant as typed.

import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../src/search/types.js';
import { openBundleSearch } from './search-fixture.js';

let index: SearchIndex;
beforeAll(async () => {
  ({ index } = await openBundleSearch());
});

describe('a near word with another first letter is no typo of it', () => {
  it.each([
    ['tell the thermostat its target is now 21 degrees', 'degrees'],
    ['keep the logs till the end of the quarter', 'till'],
    ['show the payouts table for march', 'payouts'],
    ['photos of the mountain trail for the website', 'mountain'],
  ])('%s: %s is kept as typed', (query, word) => {
    expect(index.search({ query }).corrected?.[word]).toBeUndefined();
  });
});

describe('typos inside a word are still corrected', () => {
  it.each([
    ['lsit my buckets', 'lsit', 'list'],
    ['describe the bukcet policy', 'bukcet', 'bucket'],
    ['xrya trace summaries', 'xrya', 'xray'],
  ])('%s: %s -> %s', (query, typed, fixed) => {
    expect(index.search({ query }).corrected?.[typed]).toBe(fixed);
  });
});

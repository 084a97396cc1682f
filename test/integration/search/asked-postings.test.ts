// The inverse of the asked words (asked-postings.ts) holds exactly the index's asked words, and
// the ranking that finds asked matches through it scores as the loop over every candidate did.

import { beforeAll, describe, expect, it } from 'vitest';
import { askedPostings } from '../../../src/search/asked-postings.js';
import { buildIndexData, type SearchIndexData } from '../../../src/search/index-build.js';
import { planQuery } from '../../../src/search/query.js';
import { Ranker } from '../../../src/search/rank.js';
import { BOOST } from '../../../src/search/ranking-params.js';
import { openBundleSearch } from './search-fixture.js';

let ix: SearchIndexData;
beforeAll(async () => {
  ix = buildIndexData((await openBundleSearch()).catalog);
});

describe('asked postings', () => {
  it('list, for every term, exactly the operations whose asked words hold it, in catalog order', () => {
    const { start, ops } = askedPostings(ix);
    const expected = new Map<number, number[]>();
    for (let op = 0; op < ix.opCount; op++)
      for (let p = ix.askedStart[op]!; p < ix.askedStart[op + 1]!; p++) {
        const t = ix.askedTerms[p]!;
        expected.set(t, [...(expected.get(t) ?? []), op]);
      }
    expect(expected.size).toBeGreaterThan(1000);
    for (let t = 0; t < ix.idf.length; t++)
      expect([...ops.subarray(start[t]!, start[t + 1]!)]).toEqual(expected.get(t) ?? []);
    expect(askedPostings(ix)).toBe(askedPostings(ix)); // made once per index
  });

  it('leave the scores as they were: asked words still count, and only where they meet the query', () => {
    const ranker = new Ranker(ix);
    const scoreOf = (query: string, op: string): number => {
      const ranked = ranker.rank(planQuery(ix, query));
      for (let i = 0; i < ranked.count; i++) {
        const o = ranked.ops[i]!;
        const name = `${ix.services[ix.opService[o]!]!.id}:${ix.opNames.at(o)}`;
        if (name === op) return ranked.scores[i]!;
      }
      return Number.NaN;
    };
    const query = 'undo mistakes when a file in bucket team-docs is saved over';
    const withAsked = scoreOf(query, 's3:PutBucketVersioning');
    const saved = BOOST.askedCoverage;
    (BOOST as { askedCoverage: number }).askedCoverage = 0;
    const without = scoreOf(query, 's3:PutBucketVersioning');
    (BOOST as { askedCoverage: number }).askedCoverage = saved;
    expect(withAsked).toBeGreaterThan(without + 1);
  });
});

// The one edit distance: rows grow past the reused 64 and transpositions only ever shorten it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/model/edit-distance.js';

const lev = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
};

describe('editDistance', () => {
  it('is Levenshtein on long words too (rows beyond the reused ones)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 60, maxLength: 90 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b)).toBe(lev(a, b));
      }),
      { numRuns: 50 },
    );
  });

  it('counts an adjacent swap once only when asked to', () => {
    expect(editDistance('lamdba', 'lambda')).toBe(2);
    expect(editDistance('lamdba', 'lambda', Infinity, true)).toBe(1);
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 10 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b, Infinity, true)).toBeLessThanOrEqual(editDistance(a, b));
      }),
    );
  });
});

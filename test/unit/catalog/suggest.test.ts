// Did-you-mean ranking and the edit distance behind it.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestNames } from '../../../src/catalog/suggest.js';
import { editDistance } from '../../../src/model/edit-distance.js';

describe('editDistance', () => {
  it('is a metric', () => {
    const word = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('gives up past the bound without under-reporting', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(6), (a, b, max) => {
        const full = editDistance(a, b);
        const bounded = editDistance(a, b, max);
        expect(bounded).toBe(full <= max ? full : max + 1);
      }),
    );
  });
});

describe('closestNames', () => {
  const names = ['ListBuckets', 'ListObjects', 'ListObjectsV2', 'PutObject', 'GetObject'].map(
    (n) => [n, n] as const,
  );

  it('ranks typos and partial names', () => {
    expect(closestNames('ListBukets', names)[0]).toBe('ListBuckets');
    expect(closestNames('list-objects', names).slice(0, 2)).toEqual(['ListObjects', 'ListObjectsV2']);
    expect(closestNames('object', names)).toEqual(expect.arrayContaining(['PutObject', 'GetObject']));
    expect(closestNames('zzzzzzzz', names)).toEqual([]);
  });

  it('lists each value once, at most limit of them', () => {
    const many = [
      ['logs', 'logs'],
      ['cloudwatch-logs', 'logs'],
      ['cloudwatch', 'cloudwatch'],
    ] as const;
    expect(closestNames('cloudwatch', many)).toEqual(['cloudwatch', 'logs']);
    expect(closestNames('list', names, 2)).toHaveLength(2);
  });
});

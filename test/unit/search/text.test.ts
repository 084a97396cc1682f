// Tokenising, stemming and typo distance: the invariants indexing and querying both rely on.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FuzzyVocabulary } from '../../../src/search/fuzzy.js';
import { editDistance } from '../../../src/model/edit-distance.js';

const boundedDistance = (a: string, b: string, limit: number): number => editDistance(a, b, limit, true);
import { stem, words } from '../../../src/search/text.js';

describe('words', () => {
  it('splits camel case, acronyms and CLI names', () => {
    expect(words('ListObjectsV2')).toEqual(['list', 'objects', 'v2']);
    expect(words('DescribeDBInstances')).toEqual(['describe', 'db', 'instances']);
    expect(words('aws s3api list-objects-v2')).toEqual(['aws', 's3api', 'list', 'objects', 'v2']);
    expect(words('GetV2LoggingOptions')).toEqual(['get', 'v2', 'logging', 'options']);
  });

  it('keeps an acronym plural one word, its singular', () => {
    expect(words('which AMIs do we own')).toEqual(['which', 'ami', 'do', 'we', 'own']);
    expect(words('VPCs, EIPs and ARNs.')).toEqual(['vpc', 'eip', 'and', 'arn']);
    expect(words('ListVPCs')).toEqual(['list', 'vpc']);
    // a capital run before a longer lower-case word still splits: `HTTPServer`, `DBInstances`
    expect(words('HTTPServer')).toEqual(['http', 'server']);
  });

  it('keeps an acronym with its version one word', () => {
    expect(words('force IMDSv2 and TLSv1.2')).toEqual(['force', 'imdsv2', 'and', 'tlsv1', '2']);
    expect(words('DescribeVolumesV2')).toEqual(['describe', 'volumes', 'v2']);
  });
});

describe('stem', () => {
  it.each([
    ['buckets', 'bucket'],
    ['policies', 'policy'],
    ['aliases', 'alias'],
    ['addresses', 'address'],
    ['listing', 'list'],
    ['running', 'run'],
    ['scaling', 'scale'],
    ['deployment', 'deploy'],
    ['execution', 'execute'],
    ['failing', 'failure'],
    ['failed', 'failures'],
    ['closure', 'close'],
    ['exposure', 'exposed'],
  ])('%s and %s meet', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('leaves words that only look inflected alone', () => {
    for (const w of ['access', 'status', 'alias', 'analysis', 'string'])
      expect(stem(w)).toBe(stem(w.toUpperCase().toLowerCase()));
    expect(stem('access')).toBe('access');
    expect(stem('status')).toBe('status');
    expect(stem('string')).toBe('string');
    // only -ure nouns of a verb lose -ure: a feature is not a feat, a signature not a sign
    expect(stem('feature')).not.toBe(stem('feat'));
    expect(stem('signature')).not.toBe(stem('sign'));
  });
});

describe('typo distance', () => {
  const lev = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(
          d[i - 1]![j]! + 1,
          d[i]![j - 1]! + 1,
          d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    return d[a.length]![b.length]!;
  };

  it('equals the full optimal string alignment distance up to the bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(boundedDistance(a, b, limit)).toBe(Math.min(lev(a, b), limit + 1));
      }),
    );
  });

  it('finds the nearest vocabulary words, most frequent first', () => {
    const v = new FuzzyVocabulary(
      new Map([
        ['lambda', 10],
        ['dynamodb', 10],
        ['pools', 5],
        ['polls', 1],
      ]),
    );
    expect(v.nearest('lamda')[0]?.word).toBe('lambda');
    expect(v.nearest('dyanmodb')[0]?.word).toBe('dynamodb');
    expect(v.nearest('pols').map((m) => m.word)).toEqual(['pools', 'polls']);
    expect(v.nearest('abc')).toEqual([]); // too short to correct
    expect(v.nearest('zzzzzzz')).toEqual([]);
  });
});

describe('words with non-ASCII text', () => {
  it('keeps ASCII words intact when lower-casing changes the text length', () => {
    expect(words('İstanbul ListBuckets')).toEqual(['stanbul', 'list', 'buckets']);
  });
});

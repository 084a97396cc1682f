// A vocabulary phrase also matches its wording with another determiner or none
// (data/determiners.ts), and a phrase written out always wins over another phrase's variant.

import { describe, expect, it } from 'vitest';
import { PHRASE_EXPANSIONS } from '../../../src/search/data/aws-vocabulary.js';
import { CONCEPTS } from '../../../src/search/data/concepts.js';
import { DETERMINERS } from '../../../src/search/data/determiners.js';
import { determinerVariantKeys } from '../../../src/search/phrase-variants.js';
import { PHRASES } from '../../../src/search/vocabulary.js';
import { stem, words } from '../../../src/search/text.js';

const key = (p: string): string => words(p).map(stem).join(' ');
const variants = (p: string): string[] => determinerVariantKeys(words(p), words(p).map(stem));

describe('determiner variants', () => {
  it('replaces the determiner by every other one, or drops it, as stemmed keys', () => {
    const vs = variants('share my subnets');
    expect(vs).toContain(key('share our subnets'));
    expect(vs).toContain(key('share this subnet'));
    expect(vs).toContain(key('share the subnets'));
    expect(vs).toContain(key('share subnets'));
    expect(vs).not.toContain(key('share my subnets'));
    expect(vs).toHaveLength(DETERMINERS.length); // the others, and dropped
  });

  it('varies two determiners independently', () => {
    const vs = variants('backup of my disk in the cloud');
    expect(vs).toContain(key('backup of our disk in a cloud'));
    expect(vs).toContain(key('backup of disk in cloud'));
  });

  it('leaves phrases without a determiner, or with too many, alone', () => {
    expect(variants('dedicated line')).toEqual([]);
    expect(variants('a b of the c in my d')).toEqual([]);
  });

  it('never reduces a phrase to a single word', () => {
    expect(variants('the bucket')).not.toContain('bucket');
    expect(variants('the bucket')).toContain(key('my bucket'));
  });

  it('makes a concept phrase match its other wordings', () => {
    const concept = CONCEPTS.find((c) => c.phrases.includes('inside a running container'))!;
    expect(PHRASES.get(key('inside the running container'))?.terms).toBe(concept.terms);
    expect(PHRASES.get(key('inside my running container'))?.terms).toBe(concept.terms);
  });

  it('never replaces a phrase written out in the vocabulary or a concept', () => {
    const written = [
      ...Object.entries(PHRASE_EXPANSIONS).map(([p, e]) => [p, e.terms, e.services] as const),
      ...CONCEPTS.flatMap((c) => c.phrases.map((p) => [p, c.terms, c.services] as const)),
    ];
    // the last written entry with a key wins, as before variants existed
    const expected = new Map(written.map(([p, terms, services]) => [key(p), { terms, services }]));
    for (const [k, e] of expected) {
      expect(PHRASES.get(k)?.terms).toBe(e.terms);
      expect(PHRASES.get(k)?.services).toBe(e.services);
    }
  });
});

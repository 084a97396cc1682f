// Issue 16, round 18 (blind queries outside the best-known twenty, ids m to z): "sign up for" a
// plan subscribes (data/verbs-r18-tail-b.ts), "get X running again" starts it
// (data/phrasal-verbs-r18-tail-b.ts), and the floor names of some services' kinds find them
// (data/concepts-r18-tail-b.ts). Every entry has a reason and an example that must find its
// operation in the top five; the cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { R18_TAIL_B_CONCEPTS } from '../../../src/search/data/concepts-r18-tail-b.js';
import { R18_TAIL_B_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r18-tail-b.js';
import { PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs.js';
import { R18_TAIL_B_VERBS } from '../../../src/search/data/verbs-r18-tail-b.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 18 tail-b verbs and concepts: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R18_TAIL_B_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each(Object.entries(R18_TAIL_B_PHRASAL_VERBS))('phrasal verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(PHRASAL_VERBS[verb]).toBe(entry);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each(R18_TAIL_B_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('concept %s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 5)).toContain(c.example[1]);
  });
});

describe('the floor names of a service kinds find the service', () => {
  it.each([
    ['get the stopped canary pricing-page going again', 'synthetics:StartCanary'],
    ['list our on-prem racks', 'outposts:ListOutposts'],
    ['what objects and scenery show up in this photo', 'rekognition:DetectLabels'],
    ['turn on paid ddos protection for this account', 'shield:CreateSubscription'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a face asked about in a picture stays a face, not labels', () => {
    expect(top('spot faces in a picture stored in my bucket', 1)).toEqual(['rekognition:DetectFaces']);
  });
});

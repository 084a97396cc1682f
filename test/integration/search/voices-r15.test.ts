// Round-15 "voices": verbs of amount busy people use for a change of size
// (data/verbs-r15-voices.ts); abbreviations are concepts, checked by concepts.test.ts.

import { describe, expect, it } from 'vitest';
import { R15_VOICE_VERBS } from '../../../src/search/data/verbs-r15-voices.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round-15 verbs of amount (data/verbs-r15-voices.ts)', () => {
  it.each(Object.entries(R15_VOICE_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].split(' ')).toContain(verb);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

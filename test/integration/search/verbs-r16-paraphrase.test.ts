// Issue 16, round 16 (paraphrases): being told about something later ("get warned when", "be
// notified if") sets a watch up (data/verbs-r16-paraphrase.ts). Every entry has a reason and an
// example that must find its operation in the top five; the cases below are other queries of the
// same kind.

import { describe, expect, it } from 'vitest';
import { R16_PARAPHRASE_VERBS } from '../../../src/search/data/verbs-r16-paraphrase.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 16 paraphrase verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R16_PARAPHRASE_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('being warned later is a watch set up now, not a read', () => {
  it.each([
    [
      'get warned when users in some city start having a bad connection to my app',
      'internetmonitor:CreateMonitor',
    ],
    ['get alerted when cpu on the web servers passes 90 percent', 'cloudwatch:PutMetricAlarm'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

// Issue 16, round 17 (paraphrases outside the best-known twenty): "ring a customer" starts a
// call, "alert me when" sets a watch up, "start collecting" sets up what collects
// (data/verbs-r17-para-tail.ts), "put X through the checks" runs them
// (data/phrasal-verbs-r17-para-tail.ts); "have X ring Y" is a
// request although "ring" ends in -ing (causative.ts). Every entry has a reason and an example
// that must find its operation in the top five; the cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { causativeHave } from '../../../src/search/causative.js';
import { R17_PARA_TAIL_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r17-para-tail.js';
import { PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs.js';
import { R17_PARA_TAIL_VERBS } from '../../../src/search/data/verbs-r17-para-tail.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 17 tail verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R17_PARA_TAIL_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('round 17 tail phrasal verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R17_PARA_TAIL_PHRASAL_VERBS))('phrasal verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(PHRASAL_VERBS[verb]).toBe(entry);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('"put my device through the checks" runs them, it puts nothing', () => {
    expect(top('put the new sensor through the aws qualification checks', 1)).toEqual([
      'iotdeviceadvisor:StartSuiteRun',
    ]);
  });
});

describe('a verb whose base form ends in -ing is not a gerund', () => {
  it('"have the call center ring ..." asks for the call', () => {
    expect(causativeHave(['have', 'the', 'call', 'center', 'ring', 'the', 'customer'])).toBe(true);
    expect(causativeHave(['have', 'the', 'jobs', 'finished', 'running'])).toBe(false);
  });

  it.each([
    ['ring the customer at +14155550100 from our contact center', 'connect:StartOutboundVoiceContact'],
    ['have the call center ring back everyone who hung up', 'connect:StartOutboundVoiceContact'],
  ])('%s', (query, expected) => {
    expect(top(query, 3)).toContain(expected);
  });
});

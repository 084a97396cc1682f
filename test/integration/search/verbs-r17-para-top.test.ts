// Issue 16, round 17 (paraphrases for the best-known services): making a rule hold ("force
// imdsv2", "enforce", "require long passwords") changes a setting (data/verbs-r17-para-top.ts).
// Every entry has a reason and an example that must find its operation in the top five; the
// cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { R17_PARA_TOP_VERBS } from '../../../src/search/data/verbs-r17-para-top.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('round 17 paraphrase verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R17_PARA_TOP_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('making a rule hold changes a setting, it does not read the thing', () => {
  it.each([
    ['force imdsv2 tokens on server i-0abc1234def567890', 'ec2:ModifyInstanceMetadataOptions'],
    ['enforce imdsv2 on instance i-0123456789abcdef0', 'ec2:ModifyInstanceMetadataOptions'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a question whether a rule is required still reads', () => {
    expect(search('does our cognito user pool require mfa', 1)[0]!.risk).toBe('read');
  });
});

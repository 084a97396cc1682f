// Issue 16, round 19 (on-call wordings): the verbs an on-call engineer types for what they do to
// a record or a run (data/noun-verbs-r19-oncall.ts). Resolving an incident updates its record;
// the cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { NOUN_VERBS_R19_ONCALL } from '../../../src/search/data/noun-verbs-r19-oncall.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 19 noun verbs: every entry has a reason and an example ranked first', () => {
  it.each(NOUN_VERBS_R19_ONCALL.map((e) => [e.verbs.join('/'), e] as const))('%s', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });
});

describe('resolving or acknowledging a record updates it, where no Resolve call is named for it', () => {
  it.each([
    ['mark the open incident for checkout as resolved', 'ssm-incidents:UpdateIncidentRecord'],
    ['close the incident about the payments outage', 'ssm-incidents:UpdateIncidentRecord'],
    ['acknowledge the opsitem oi-0123abcd', 'ssm:UpdateOpsItem'],
    // a Resolve call named for the record still leads
    ['resolve support case 12345', 'support:ResolveCase'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('opening an incident still starts one', () => {
    expect(top('open an incident for the checkout outage', 1)).toEqual(['ssm-incidents:StartIncident']);
  });
});

// Issue 16, round 20 (specialists' wordings): suppressing findings hides the ones that match from
// now on, a filter made or findings updated, never a read of them (data/verbs-r20-persona.ts,
// data/asked/security-6.ts). Every entry has a reason and an example that must find its
// operation in the top five; the cases below are other queries of the same kind.

import { describe, expect, it } from 'vitest';
import { R20_PERSONA_VERBS } from '../../../src/search/data/verbs-r20-persona.js';
import { VERB_SYNONYMS } from '../../../src/search/data/verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('round 20 persona verbs: every entry has a reason and a passing example', () => {
  it.each(Object.entries(R20_PERSONA_VERBS))('verb %s', (verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(VERB_SYNONYMS[verb]).toEqual(entry.weights);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('suppressing findings changes what is shown, on each security service', () => {
  it.each([
    ['suppress guardduty findings for our pentest IP range', 'guardduty:CreateFilter'],
    ['suppress these security hub findings as accepted risk', 'securityhub:BatchUpdateFindings'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['suppress the inspector finding for CVE-2024-1234 on our base image', 'inspector2:CreateFilter'],
    ['suppress email to bounced@example.com in ses', 'sesv2:PutSuppressedDestination'],
  ])('%s (top three)', (query, expected) => {
    expect(top(query, 3)).toContain(expected);
  });

  it('a suppression asked for is a change, not a read of the findings', () => {
    expect(
      search('suppress guardduty findings of type Recon:EC2/PortProbeUnprotectedPort', 1)[0]!.risk,
    ).not.toBe('read');
  });
});

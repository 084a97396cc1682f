// Issue 16, round 22 (changes asked by the problem they fix): everyday words for the change a
// symptom asks for (data/concepts-r22-change.ts) and more asked words for one operation
// (data/asked/more-r22-change.ts). Every entry has a reason and an example ranked first; the
// cases below are other wordings, on other services where the kind spans several.

import { describe, expect, it } from 'vitest';
import { ASKED } from '../../../src/search/data/asked.js';
import { ASKED_MORE_R22_CHANGE } from '../../../src/search/data/asked/more-r22-change.js';
import { R22_CHANGE_CONCEPTS } from '../../../src/search/data/concepts-r22-change.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 22 change concepts: every entry has a reason and an example ranked first', () => {
  it.each(R22_CHANGE_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 1)).toEqual([c.example[1]]);
  });
});

describe('more asked words join an operation that has its own, and find it first', () => {
  const own = new Set(ASKED.map((e) => e.op));
  it.each(ASKED_MORE_R22_CHANGE.map((e) => [e.op, e] as const))('%s', (op, e) => {
    expect(own.has(op)).toBe(true);
    expect(top(e.example, 1)).toEqual([op]);
  });
});

describe('other wordings of the same kinds', () => {
  it.each([
    ['the voice says our brand name wrong, fix its pronunciation', 'polly:PutLexicon'],
    [
      'www.example.org still points to the old ip, send it to 203.0.113.9',
      'route53:ChangeResourceRecordSets',
    ],
    [
      'mail to ops@example.com was dropped after a past bounce, let it be delivered again',
      'sesv2:DeleteSuppressedDestination',
    ],
    ['we are still in the sandbox for email, request production access', 'sesv2:PutAccountDetails'],
    [
      'users of the mobile app get logged out after an hour, let them stay signed in for a week',
      'cognito-idp:UpdateUserPoolClient',
    ],
    [
      'security hub keeps flagging a control that does not apply to us, switch it off',
      'securityhub:UpdateStandardsControl',
    ],
    [
      'findings from our pentest account are just noise in guardduty, hide them from now on',
      'guardduty:CreateFilter',
    ],
    ['set up a vpc firewall for the prod vpc', 'network-firewall:CreateFirewall'],
    // the recycle bin's rule, while a snapshot restored from it is the ec2 call
    [
      'restore the deleted snapshot snap-0123456789abcdef0 from the recycle bin',
      'ec2:RestoreSnapshotFromRecycleBin',
    ],
    // able to see a thing is a read when no one is said to be given it
    ['i want to be able to see who deleted the bucket', 'cloudtrail:LookupEvents'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

// Issue 16, round 22 (the long tail, in the words of the people who run each service): everyday
// words for a lesser-known service's operation (data/concepts-r22-tail.ts), particles holding a
// determiner (data/phrasal-verbs-r22-tail.ts), British spellings read as AWS spells them
// (british-spelling.ts) and an act ruled out for good, "never ... again", read as the rule that
// rules it out (prohibition.ts). Each fix is tried on wordings other than the one that found it.

import { describe, expect, it } from 'vitest';
import { R22_TAIL_CONCEPTS } from '../../../src/search/data/concepts-r22-tail.js';
import { R22_TAIL_PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs-r22-tail.js';
import { BRITISH_SPELLINGS } from '../../../src/search/data/spelling-r22-tail.js';
import { americanSpelling } from '../../../src/search/british-spelling.js';
import { isProhibition } from '../../../src/search/prohibition.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 22 long-tail concepts: every entry has a reason and an example ranked first', () => {
  it.each(R22_TAIL_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 1)).toEqual([c.example[1]]);
  });
});

describe('round 22 phrasal verbs: every entry has a reason and an example in the top five', () => {
  it.each(Object.entries(R22_TAIL_PHRASAL_VERBS))('%s', (_, v) => {
    expect(v.why.length).toBeGreaterThan(10);
    expect(top(v.example[0], 5)).toContain(v.example[1]);
  });
});

describe('British spellings are read as AWS spells them', () => {
  it('has a reason, and its example ranks first', () => {
    expect(BRITISH_SPELLINGS.why.length).toBeGreaterThan(10);
    expect(top(BRITISH_SPELLINGS.example[0], 1)).toEqual([BRITISH_SPELLINGS.example[1]]);
  });

  it('maps the inflected forms, and leaves American and unrelated words alone', () => {
    expect(americanSpelling('licences')).toBe('licenses');
    expect(americanSpelling('catalogue')).toBe('catalog');
    expect(americanSpelling('optimised')).toBe('optimized');
    expect(americanSpelling('organisation')).toBe('organization');
    expect(americanSpelling('license')).toBeUndefined();
    expect(americanSpelling('advise')).toBeUndefined();
  });

  it.each([
    ['our windows licence usage', 'license-manager:GetLicenseUsage'],
    ['list the licence configurations', 'license-manager:ListLicenseConfigurations'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['which licences have we been granted by other accounts', 'license-manager:ListReceivedLicenses'],
    ['list the products in our service catalogue', 'servicecatalog:SearchProducts'],
  ])('%s (top five)', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
  });
});

describe('"never ... again" is a rule put in place, not the act it rules out', () => {
  it.each([
    ['make sure we never email bounced@example.com again', 'sesv2:PutSuppressedDestination'],
    ['we should never send sms to +15551234567 again', 'pinpoint-sms-voice-v2:PutOptedOutNumber'],
    ['stop texting +15551234567 for good', 'pinpoint-sms-voice-v2:PutOptedOutNumber'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a number that replied STOP and wants texts again is opted back in', () => {
    expect(top('the customer at +14155550100 replied STOP but now wants our texts again', 1)).toEqual([
      'sns:OptInPhoneNumber',
    ]);
  });

  it('what never happened is reported, not ruled out', () => {
    expect(isProhibition(words('i never got the verification email again'))).toBe(false);
    expect(isProhibition(words('why did the job never finish again'))).toBe(false);
    expect(isProhibition(words('we never receive the sns emails from topic alerts'))).toBe(false);
    // a thing that is to stay as it is ("never expire") is no act of ours ruled out
    expect(isProhibition(words('make the audit logs never expire again'))).toBe(false);
    expect(isProhibition(words('never page the on-call team again for alarm cpu-high'))).toBe(true);
    expect(isProhibition(words('make sure we never email bob@example.com'))).toBe(true);
  });
});

describe('other wordings of the same kinds', () => {
  it.each([
    // a day's exception to the opening hours, and listening in on a call
    [
      'our hotline closes early on new year’s eve, set special hours',
      'connect:CreateHoursOfOperationOverride',
    ],
    ['let me barge into the call agent maria is on right now', 'connect:MonitorContact'],
    // a rugged appliance shipped to carry data
    ['order one of those rugged appliances to move our video archive into s3', 'snowball:CreateJob'],
    // a broadcast taken off the air, on both live video services
    ['take the main-stage ivs stream off the air', 'ivs:StopStream'],
    ['pull medialive channel news-2 off the air', 'medialive:StopChannel'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['is this visitor one of the known faces in our collection', 'rekognition:SearchFacesByImage'],
    ['keep brand names untranslated when we localise the site', 'translate:ImportTerminology'],
  ])('%s (top five)', (query, expected) => {
    expect(top(query, 5)).toContain(expected);
  });
});

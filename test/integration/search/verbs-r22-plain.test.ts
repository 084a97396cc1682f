// Issue 16, round 22 (plain words): starting to watch or monitor a thing turns on what watches it
// (data/verbs-r22-plain.ts). Every entry has a reason and an example in the top five; other wordings
// on other services below.

import { describe, expect, it } from 'vitest';
import { R22_PLAIN_VERBS } from '../../../src/search/data/verbs-r22-plain.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 22 plain verbs: every entry has a reason and an example in the top five', () => {
  it.each(Object.entries(R22_PLAIN_VERBS))('%s', (_, v) => {
    expect(v.why.length).toBeGreaterThan(10);
    expect(top(v.example[0], 5)).toContain(v.example[1]);
  });
});

describe('starting to watch turns the watching on, on each service', () => {
  it.each([
    ['start watching our account for hackers and suspicious activity', 'guardduty:CreateDetector'],
    ['start monitoring instance i-0abc1234def567890 every minute', 'ec2:MonitorInstances'],
    ['begin watching the account for crypto mining and break-ins', 'guardduty:CreateDetector'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('starting to watch for config changes turns a recorder on', () => {
    expect(top('start watching the account for config changes', 2)).toContain(
      'config:StartConfigurationRecorder',
    );
  });
});

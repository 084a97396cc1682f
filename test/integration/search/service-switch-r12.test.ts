// Turning a whole service on or off (src/search/service-switch.ts, data/switch-words-r12.ts):
// with the service the only thing named, the switch verb picks the operation that turns it on,
// off or pauses it; a question naming only the service and a state reads the switch.

import { describe, expect, it } from 'vitest';
import { SERVICE_SWITCHES } from '../../../src/search/data/service-switches.js';
import { SWITCH_VERBS } from '../../../src/search/data/switch-words-r12.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('switch verbs (data/switch-words-r12.ts)', () => {
  it.each(Object.entries(SWITCH_VERBS))(
    '%s: its example finds its operation in the top 3',
    (words, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[0]).toContain(words);
      expect(top(entry.example[0], 3)).toContain(entry.example[1]);
    },
  );

  it('every switched service names operations of its own', () => {
    const named = top('turn on guardduty', 1);
    expect(named).toEqual(['guardduty:CreateDetector']);
    for (const [service, entry] of Object.entries(SERVICE_SWITCHES))
      for (const op of [entry.on, entry.off, entry.read, entry.pause ?? entry.off])
        expect(top(`${service}:${op}`, 1)).toEqual([`${service}:${op}`]);
  });

  it('turning off ranks the switch off first, not the words that turn the service on', () => {
    expect(top('disable guardduty', 1)).toEqual(['guardduty:DeleteDetector']);
    expect(top('turn guardduty off', 1)).toEqual(['guardduty:DeleteDetector']);
    expect(top('we need detective in us-east-1, turn it on', 1)).toEqual(['detective:CreateGraph']);
  });

  it('a question naming only the service and a state reads its switch', () => {
    expect(top('does this account have security hub turned on', 1)).toEqual(['securityhub:DescribeHub']);
    expect(top('do we have detective enabled in eu-west-1', 1)).toEqual(['detective:ListGraphs']);
  });

  it('controls: a part of the service, or the organization, is not the whole switch', () => {
    expect(top('turn on guardduty malware protection for ec2', 1)).not.toEqual(['guardduty:CreateDetector']);
    expect(top('enable macie for the whole organization', 1)).toEqual([
      'macie2:EnableOrganizationAdminAccount',
    ]);
    expect(top('enable security hub standard cis aws foundations', 1)).toEqual([
      'securityhub:BatchEnableStandards',
    ]);
    expect(top('start recording resource configuration changes with aws config', 1)).toEqual([
      'config:StartConfigurationRecorder',
    ]);
  });
});

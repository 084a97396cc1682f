// Issue 16: "the nightly glue job" names which job, it asks for no schedule (data/frequency-words.ts);
// "run it nightly" still does. The entry's example must rank its operation first.

import { describe, expect, it } from 'vitest';
import { NAMING_FREQUENCIES } from '../../../src/search/data/frequency-words.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a frequency word before its noun (data/frequency-words.ts)', () => {
  it('its example finds its operation first', () => {
    expect(NAMING_FREQUENCIES.why.length).toBeGreaterThan(10);
    expect(top(NAMING_FREQUENCIES.example[0], 1)).toEqual([NAMING_FREQUENCIES.example[1]]);
  });

  it('says which thing: acting on "the nightly job" makes no schedule or trigger', () => {
    const found = top('kick off the nightly glue job', 3);
    expect(found[0]).toBe('glue:StartJobRun');
    expect(found.filter((op) => /Trigger|Schedule/.test(op))).toEqual([]);
  });

  it('after the verb, with no noun after it, it still asks for a schedule', () => {
    expect(top('run the export lambda nightly', 5)).toContain('scheduler:CreateSchedule');
  });
});

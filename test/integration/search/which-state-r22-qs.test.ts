// Round 22 (questions about state): "which X are <state> in <service>" picks things by their
// state as "in the account" does (which-state.ts: a service after in/on is a place), a state of
// two words ("switched on", "turned on") ends at its particle, and a state AWS names an
// operation for (data/status-words.ts namesState, "switched on" -> enabled) is not held against
// that operation: GetEnabledStandards reads exactly the standards switched on.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('which things are in a state, in a named service', () => {
  it.each([
    ['which compliance standards are switched on in security hub', 'securityhub:GetEnabledStandards'],
    ['which security standards are turned on in security hub', 'securityhub:GetEnabledStandards'],
    ['which controls are switched on in control tower', 'controltower:ListEnabledControls'],
    ['which log groups are encrypted in cloudwatch logs', 'logs:DescribeLogGroups'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

// Round 17: a membership question whose member is only a name asks about a user of that name
// (member-name.ts, data/member-name-r17-questions.ts).

import { describe, expect, it } from 'vitest';
import { BARE_NAME_MEMBER } from '../../../src/search/data/member-name-r17-questions.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a bare name as the member is a user (member-name.ts)', () => {
  it('its example finds the groups for the user first', () => {
    expect(BARE_NAME_MEMBER.why.length).toBeGreaterThan(10);
    expect(top(BARE_NAME_MEMBER.example[0], 1)).toEqual([BARE_NAME_MEMBER.example[1]]);
  });

  it.each([
    ['which groups is alice in?', 'iam:ListGroupsForUser'],
    ['which groups is user bob in', 'iam:ListGroupsForUser'],
    ['which iam groups is carol a member of', 'iam:ListGroupsForUser'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

// The members of a named group asked for ("the settings inside db parameter group x") are read
// by the members' own operation, not the group's (src/search/group-members.ts,
// data/group-members-r17-siblings.ts); a change typed acts on the group.

import { describe, expect, it } from 'vitest';
import { GROUP_MEMBERS } from '../../../src/search/data/group-members-r17-siblings.js';
import { askedMembers } from '../../../src/search/group-members.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('members of a named group (data/group-members-r17-siblings.ts)', () => {
  it.each(Object.entries(GROUP_MEMBERS))('%s group: its example in the top 5', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it('reads members only when a member word is typed outside "<kind> group"', () => {
    expect(askedMembers('the settings inside db parameter group x'.split(' '))).toBe('parameter');
    expect(askedMembers('describe db parameter group x'.split(' '))).toBeUndefined();
  });

  it('the members read leads; a change still acts on the group', () => {
    expect(top('show the settings inside db parameter group pg15-tuned', 1)).toEqual([
      'rds:DescribeDBParameters',
    ]);
    expect(top('modify the db parameter group pg15 to set max_connections 500', 1)).toEqual([
      'rds:ModifyDBParameterGroup',
    ]);
  });
});

// Issue 16, round 21 (on-call wordings): a pasted identifier right after the verb is the thing
// acted on, and words that describe it after it ("on the db box", ", the postgres box") say where
// it is or what runs on it: the identifier's type is the head, and the services the description
// lends count for less (src/search/id-object.ts, data/id-object-r21-ops.ts).

import { describe, expect, it } from 'vitest';
import { ID_DESCRIBERS } from '../../../src/search/data/id-object-r21-ops.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 identifier describers: every entry has a reason and a passing example', () => {
  it.each(Object.entries(ID_DESCRIBERS))('%s', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('the identifier is the thing acted on, its description where it is', () => {
  it.each([
    ['grow vol-0a1b2c3d4e5f67890 on the web box by another 100 GiB', 'ec2:ModifyVolume'],
    ['grow vol-0a1b2c3d4e5f67890 on the db box by 100 GiB', 'ec2:ModifyVolume'],
    ['snapshot vol-0a1b2c3d4e5f67890 on the database server', 'ec2:CreateSnapshot'],
    ['stop i-0abc1234def567890 aka the elasticsearch node', 'ec2:StopInstances'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('a destination, a source or a setting after the identifier keeps its reading', () => {
  it.each([
    ['attach vol-0a1b2c3d4e5f67890 to i-0abc1234def567890', 'ec2:AttachVolume'],
    ['add i-0abc1234def567890 to target group web', 'elbv2:RegisterTargets'],
    ['register i-0aaa1111bbbb22223 on port 8080 in target group api-tg', 'elbv2:RegisterTargets'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

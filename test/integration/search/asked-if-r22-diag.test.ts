// Round 22 (people debugging): an indirect question whether a role or user may do an act
// ("check whether the role can read the bucket", "find out if the ci user can put objects")
// is IAM's policy simulator, as the direct "can the role ..." is (data/asked-if-r22-diag.ts).

import { describe, expect, it } from 'vitest';
import { MANAGED_BY_R22_DIAG } from '../../../src/search/data/asked-if-r22-diag.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('indirect questions of what a principal may do', () => {
  it.each(MANAGED_BY_R22_DIAG.map((e) => [e.phrases.join('/'), e] as const))(
    '%s: its example is first',
    (_, e) => {
      expect(e.why.length).toBeGreaterThan(10);
      expect(top(e.example[0], 1)).toEqual([e.example[1]]);
    },
  );

  it.each([
    ['find out if the ci user can put objects into the artifacts bucket', 'iam:SimulatePrincipalPolicy'],
    ['see if the ecs task role has access to read the secret', 'iam:SimulatePrincipalPolicy'],
    ['check whether the user bob is allowed to read the config bucket', 'iam:SimulatePrincipalPolicy'],
  ])('%s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('controls: a key or a group membership asked with "if the" is no permission check', () => {
    expect(top("check if the user's access key is active", 1)).toEqual(['iam:ListAccessKeys']);
    expect(top('check whether the user bob is in the admins group', 1)).toEqual(['iam:GetGroup']);
  });
});

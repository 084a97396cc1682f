// Round 20: "earlier versions of X" is AWS Config's record of X only for kinds whose service keeps
// no versions of its own (data/managed-by-r17-cross-watch.ts, unless): IAM managed policies, backup
// plans, task definitions, schemas, state machines, models, bots and image recipes keep their own.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('earlier versions of a kind its service versions are its own', () => {
  it.each([
    ['show the previous versions of backup plan daily-backups', 'backup:ListBackupPlanVersions'],
    ['what earlier versions exist of our customer managed policy ReadOnlyPlus?', 'iam:ListPolicyVersions'],
  ])('%s', (query, expected) => {
    expect(top(query, 3)).toContain(expected);
  });

  it('a kind with no versions of its own is still read from its recorded history', () => {
    expect(top("show earlier versions of the vpc route table's settings", 1)).toEqual([
      'config:GetResourceConfigHistory',
    ]);
  });
});

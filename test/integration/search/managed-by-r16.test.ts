// A thing of one service managed by another (src/search/managed-by.ts,
// data/managed-by-r16-services.ts): the manager's operation ranks above the named service's.

import { describe, expect, it } from 'vitest';
import { MANAGED_BY } from '../../../src/search/data/managed-by-r16-services.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('managed by another service (data/managed-by-r16-services.ts)', () => {
  it.each(MANAGED_BY.map((e) => [e.example[0], e.example[1], e.why] as const))(
    '%s finds %s in the top 5',
    (query, op, why) => {
      expect(why.length).toBeGreaterThan(10);
      expect(top(query, 5)).toContain(op);
    },
  );

  it('the manager answers, the named service is what it is about', () => {
    expect(top('has the backup of the efs file system finished', 3)).toContain('backup:DescribeBackupJob');
    expect(top('why did my fleet launch 4 new servers at 3am', 1)).toEqual([
      'autoscaling:DescribeScalingActivities',
    ]);
    expect(top('when is the maintenance window of our documentdb cluster', 1)).toEqual([
      'docdb:DescribeDBClusters',
    ]);
  });

  it('leaves the named service its own work', () => {
    // a backup made now is the table's own (no question, no Backup word)
    expect(top('create a backup of the orders dynamodb table', 1)).toEqual(['dynamodb:CreateBackup']);
    // scaling an ecs service once is setting its task count
    expect(top('scale the web ecs service to 5 tasks', 3)).toContain('ecs:UpdateService');
    // a systems manager window with no cluster named stays with ssm
    expect(top('list our maintenance windows', 1)[0]).toMatch(/^ssm:/);
  });
});

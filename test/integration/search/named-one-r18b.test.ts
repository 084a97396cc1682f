// Round 18b: one thing named by its kind and a name of the user's (src/search/named-one.ts,
// data/named-one-r18b.ts). The question asks about an attribute of that one thing, so its read of
// one answers, not the List of its kind nor the read of a kind sharing its first word.

import { describe, expect, it } from 'vitest';
import { NAMED_ONE } from '../../../src/search/data/named-one-r18b.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a kind typed before a name is one thing', () => {
  it("the entry's own example", () => {
    expect(NAMED_ONE.why.length).toBeGreaterThan(10);
    const [query, expected] = NAMED_ONE.example;
    expect(top(query, 1)).toEqual([expected]);
  });

  it('an attribute asked of one node group is its Describe, not ListNodegroups', () => {
    expect(top('what kubernetes labels are set on node group blue-nodes', 1)).toEqual([
      'eks:DescribeNodegroup',
    ]);
    expect(top('which capacity type is node group spot-a using', 1)).toEqual(['eks:DescribeNodegroup']);
  });

  it('a task definition named with its revision is not read by DescribeTasks', () => {
    for (const q of [
      'how much memory does task definition api-svc:7 reserve',
      'which log driver does task definition ingest:9 configure',
    ]) {
      expect(top(q, 1)).toEqual(['ecs:DescribeTaskDefinition']);
      expect(top(q, 2)).not.toContain('ecs:DescribeTasks');
    }
  });

  it('a pipeline named by its kind: its Get, the List of pipelines out of the top five', () => {
    const got = top('what stages does pipeline release-main have', 5);
    expect(got[0]).toBe('codepipeline:GetPipeline');
    expect(got).not.toContain('codepipeline:ListPipelines');
  });
});

describe('where the kind does not name another kind', () => {
  it('a gathering kind: the members are read by the first word alone (parameter group)', () => {
    expect(NAMED_ONE.gathering.has('group')).toBe(true);
    expect(top('list the values in db parameter group mysql8-strict', 2)).toContain(
      'rds:DescribeDBParameters',
    );
  });

  it('an AWS-assigned id is no name of the user (ids are read by their own step)', () => {
    expect(NAMED_ONE.assigned.test('tgw-rtb-0a1b2c3d4e5f67890')).toBe(true);
    expect(NAMED_ONE.assigned.test('arm-workers')).toBe(false);
  });
});

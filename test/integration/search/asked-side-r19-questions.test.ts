// Round 19: a which-question asks for things of one kind, and of two operations relating that
// kind to another ("<things> For/By <other>"), the one returning the things asked for answers
// (src/search/asked-side.ts, data/asked-side-r19-questions.ts).

import { describe, expect, it } from 'vitest';
import { ASKED_SIDE } from '../../../src/search/data/asked-side-r19-questions.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('the side of For/By a which-question asks for', () => {
  it("the entry's own example", () => {
    expect(ASKED_SIDE.why.length).toBeGreaterThan(10);
    const [query, expected] = ASKED_SIDE.example;
    expect(top(query, 1)).toEqual([expected]);
  });

  it('targets of a rule, and rules of a target, each by its own side', () => {
    expect(top('which targets does the cleanup rule invoke', 1)).toEqual(['events:ListTargetsByRule']);
    expect(top('which rules send events to my lambda function', 1)).toEqual(['events:ListRuleNamesByTarget']);
  });

  it('the web acl of a resource, and the resources of a web acl', () => {
    expect(top('which web acl protects my load balancer', 1)).toEqual(['wafv2:GetWebACLForResource']);
    expect(top('what resources use the prod web acl', 1)).toEqual(['wafv2:ListResourcesForWebACL']);
  });

  it('the words after "which" are the kind even when one could be a verb ("targets")', () => {
    expect(ASKED_SIDE.openers.has('which')).toBe(true);
    expect(top('which groups is user alice in', 1)).toEqual(['iam:ListGroupsForUser']);
  });
});

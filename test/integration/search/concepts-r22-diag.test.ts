// Round 22 (people debugging): everyday words for what they want to find out. "looked over" is
// CodeGuru Reviewer only with code or pull requests, or "for" what to look for
// (data/concepts-r21-tail.ts): "how the settings looked over the past month" is a time window.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('"looked over" reviews code only when code is looked over', () => {
  it('a time window after "looked over" names no code review', () => {
    expect(top("timeline of how a security group's settings looked over the past month", 3)).not.toContain(
      'codeguru-reviewer:CreateCodeReview',
    );
    expect(top("how the role's trust policy looked over the last week", 3)).not.toContain(
      'codeguru-reviewer:AssociateRepository',
    );
  });

  it('controls: code and pull requests looked over are still reviewed', () => {
    expect(top('have my code looked over for bugs before merging', 1)).toEqual([
      'codeguru-reviewer:CreateCodeReview',
    ]);
    expect(top('have our pull requests looked over automatically', 5)).toContain(
      'codeguru-reviewer:CreateCodeReview',
    );
  });
});

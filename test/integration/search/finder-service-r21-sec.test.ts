// Issue 16, round 21 (security and governance): a service that reports findings, named as the
// one that flagged, caught or turned up something, is asked for its findings; the things named
// are where it looked (finder-service.ts, manager.ts, data/finder-service-r21-sec.ts).

import { describe, expect, it } from 'vitest';
import { FINDER_VERBS } from '../../../src/search/data/finder-service-r21-sec.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 21 finder data has a reason and a passing example', () => {
  it('finder verbs', () => {
    expect(FINDER_VERBS.why.length).toBeGreaterThan(10);
    expect(top(FINDER_VERBS.example[0], 5)).toContain(FINDER_VERBS.example[1]);
  });
});

describe('what a security service flagged is its findings', () => {
  it.each([
    ['what did guardduty flag this week', 'guardduty:ListFindings'],
    ['has inspector flagged anything on the ecr images', 'inspector2:ListFindings'],
    ['what has access analyzer flagged as public', 'accessanalyzer:ListFindings'],
    // a name that also means a service without findings is not read as a finder
    ['what did codeguru flag on my last pull request', 'codeguru-reviewer:ListRecommendations'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it.each([
    ['which buckets did macie flag', 'macie2:ListFindings'],
    ['show me what guardduty caught overnight', 'guardduty:ListFindings'],
  ])('%s (top 2)', (query, expected) => {
    expect(top(query, 2)).toContain(expected);
  });
});

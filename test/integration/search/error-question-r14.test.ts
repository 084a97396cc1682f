// An error pasted before a question (src/search/error-question.ts, data/error-question-r14.ts):
// the question is the task, in the failed call's service; the failed call is not the answer.

import { describe, expect, it } from 'vitest';
import { ERROR_THEN_QUESTION } from '../../../src/search/data/error-question-r14.js';
import { asksAfterError } from '../../../src/search/error-question.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a question after an error (data/error-question-r14.ts)', () => {
  it('its example finds its operation in the top 5', () => {
    expect(ERROR_THEN_QUESTION.why.length).toBeGreaterThan(10);
    expect(top(ERROR_THEN_QUESTION.example[0], 5)).toContain(ERROR_THEN_QUESTION.example[1]);
  });

  it('asks the last clause when it opens like a question of its own', () => {
    expect(asksAfterError('got AccessDenied calling CreateCluster on eks, which clusters do I have')).toBe(
      true,
    );
    // no error code before it, or a question about the thing the error names
    expect(asksAfterError('the deploy failed, which clusters do I have')).toBe(false);
    expect(asksAfterError('LimitExceeded on role deployer, which policies are on it')).toBe(false);
  });

  it("reads the question in the failed call's service", () => {
    expect(top('got AccessDenied calling CreateCluster on eks, which clusters do I have', 1)).toEqual([
      'eks:ListClusters',
    ]);
    expect(
      top('ResourceNotFoundException calling GetFunction, what functions exist in this region', 1),
    ).toEqual(['lambda:ListFunctions']);
  });
});

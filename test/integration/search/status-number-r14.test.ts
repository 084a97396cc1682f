// A status question's number is read from the thing its state is said of (src/search/status-number.ts):
// one thing asks for its Get/Describe where a List of the same things is its twin; a plural read
// with no read twin (only a changing one) stays the thing's read.

import { describe, expect, it } from 'vitest';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe("the number of a status question is its thing's", () => {
  it.each([
    // the first content word is "bedrock"/"evaluation"; the thing is the one job
    ['is my bedrock evaluation job complete', 'bedrock:GetEvaluationJob'],
    ['is the mwaa environment ready yet', 'mwaa:GetEnvironment'],
    ['is my bedrock model customization job done yet?', 'bedrock:GetModelCustomizationJob'],
  ])('%s -> %s (the one thing, not the list)', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it.each([
    // DescribeEnvironments is Beanstalk's only read of an environment (its singular twins change it)
    ['has the elastic beanstalk environment finished launching', 'elasticbeanstalk:DescribeEnvironments'],
    // Grafana's DescribeWorkspace/ListWorkspaces twins say nothing of WorkSpaces' reads
    ["is bob's workspace available", 'workspaces:DescribeWorkspaces'],
  ])('%s -> %s (no read twin: the plural read stays first)', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

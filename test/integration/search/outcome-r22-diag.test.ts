// Round-22 debugging wordings of what happened to a run (src/search/outcome.ts,
// data/outcome-words-r22-diag.ts): "broke", "died", "blew up", "fell over" are outcome words;
// "where"/"at which" ask for the place in the run, and a "why" later in a request asks the cause
// as one opening it does. The run words of data/outcome-words.ts are tested by outcome-r11.test.ts.

import { describe, expect, it } from 'vitest';
import { PLACE_OPENERS } from '../../../src/search/data/outcome-words-r22-diag.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('openers that ask where a run ended (data/outcome-words-r22-diag.ts)', () => {
  it.each(Object.entries(PLACE_OPENERS))(
    '%s: its example finds its operation in the top 5',
    (word, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[0].split(' ')[0]).toBe(word);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );

  it('"at/in which" before the run asks for its record, on two services', () => {
    expect(top('at which state did the order workflow execution fail', 1)).toEqual([
      'stepfunctions:GetExecutionHistory',
    ]);
    expect(top('in which phase did the codebuild build fail', 1)).toEqual(['codebuild:BatchGetBuilds']);
  });
});

describe('a "why" later in a request asks the cause', () => {
  it('three wordings on three services read the runs, not the definition', () => {
    expect(top('the step functions run died, find out why', 1)).toEqual([
      'stepfunctions:GetExecutionHistory',
    ]);
    expect(top('the emr step fell over, why', 1)).toEqual(['emr:DescribeStep']);
    expect(top('can you tell me why my cloudformation stack failed to create', 1)).toEqual([
      'cloudformation:DescribeStackEvents',
    ]);
  });

  it('controls: a bare "which ... failed" keeps the state read; "break down" and "break the rule" are no outcome', () => {
    expect(top('which resources break config rule required-tags', 1)).toEqual([
      'config:GetComplianceDetailsByConfigRule',
    ]);
    expect(top('which codepipeline stage failed', 1)).toEqual(['codepipeline:GetPipelineState']);
    expect(top('break down last month bill by service', 1)).toEqual(['ce:GetCostAndUsage']);
  });
});

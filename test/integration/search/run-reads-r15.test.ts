// A question about a thing's run, job or build is answered by the run's own read
// (src/search/run-reads.ts, data/run-reads-r15.ts): not the thing's read, not the verb that starts
// a run, and in the number asked (one run's Get/Describe/BatchGet, a set's List).

import { describe, expect, it } from 'vitest';
import { RUN_ID_SHAPES, RUN_NOUNS } from '../../../src/search/data/run-reads-r15.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('run nouns (data/run-reads-r15.ts)', () => {
  it.each(Object.entries(RUN_NOUNS))('%s: its example finds its operation first', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].split(' ').some((w) => w === word || w === entry.plural)).toBe(true);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('every run id shape names a run noun', () => {
    for (const s of RUN_ID_SHAPES) expect(Object.hasOwn(RUN_NOUNS, s.noun)).toBe(true);
  });
});

describe('a question about a run reads the run, not the thing or the verb that starts one', () => {
  it.each([
    // `run` after a question opener and before a run id is the run asked about, not the verb
    ['status of job run jr_00aa11bb22cc33dd44ee55ff66aa77bb of glue job daily-load', 'glue:GetJobRun'],
    [
      'how did device farm run arn:aws:devicefarm:us-east-1:123456789012:run:p1/r9 turn out',
      'devicefarm:GetRun',
    ],
    // "the latest X" is found by listing the runs; why it failed is that one run's read
    [
      'what was the outcome of the latest deployment of application shop in codedeploy',
      'codedeploy:ListDeployments',
    ],
    ['why did the last run of the billing state machine fail', 'stepfunctions:GetExecutionHistory'],
    // a set of runs: step functions names them Executions, not MapRuns
    ['list the recent runs of step function billing-flow', 'stepfunctions:ListExecutions'],
  ])('%s -> %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it.each([
    // a glue job's settings are the job's, not a run's: only how it went asks about a run
    ['which iam role does glue job orders-etl use', 'glue:GetJob'],
    ['run the glue job orders-etl now', 'glue:StartJobRun'],
    ['how do i start a glue job run', 'glue:StartJobRun'],
  ])('%s -> %s (not a question about a run)', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

// Round 22 (people debugging): a question about "it"/"they" or why, after the symptom and a comma
// or dash, is the request; the symptom is its context (data/want-clause-r22-diag.ts,
// want-clause.ts). The entries' own examples are checked by want-clause-r19-agent.test.ts; these
// are other wordings on other services, and controls where the line is not cut.

import { describe, expect, it } from 'vitest';
import { wantClauses } from '../../../src/search/want-clause.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a question after the symptom is the request', () => {
  it('cuts before the question, keeping the joiner out', () => {
    expect(wantClauses('the dms task keeps lagging - is it still running')).toEqual([
      'the dms task keeps lagging',
      'is it still running',
    ]);
    expect(wantClauses('the stack rolled back, and why did that happen')).toEqual([
      'the stack rolled back',
      'why did that happen',
    ]);
  });

  it.each([
    ['the dms task orders-cdc keeps lagging - is it still running', 'dms:DescribeReplicationTasks'],
    ['the step functions workflow orders ran at noon, did it finish', 'stepfunctions:DescribeExecution'],
    ['the nat gateway in subnet-0abc1234, is it available', 'ec2:DescribeNatGateways'],
    ['the sftp server for partners, is it online', 'transfer:DescribeServer'],
  ])('%s reads the thing, not the symptom verb', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });

  it('controls: "which" and "what" after a comma do not cut the line', () => {
    expect(wantClauses('delete the old snapshots, which cost too much')).toHaveLength(1);
    expect(wantClauses('redis evictions spiking on sessions-prod, what node type is it')).toHaveLength(1);
  });
});

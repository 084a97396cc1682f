// Issue 16, round 13: what agents paste into a task. A console URL names the page's service and
// kind, a CloudFormation type its service and kind, an ARN type words the operations use; an
// error code and the call that failed beside it are not the task's words.

import { describe, expect, it } from 'vitest';
import { ARN_TYPES_R13 } from '../../../src/search/data/arn-types-r13.js';
import { CFN_NAMESPACES, CFN_STACK_SENSE } from '../../../src/search/data/cfn-types.js';
import { CONSOLE_KINDS, CONSOLE_SERVICES } from '../../../src/search/data/console-urls.js';
import { ERROR_CODES, ERROR_LINE } from '../../../src/search/data/error-codes.js';
import type { Reasoned } from '../../../src/search/data/reasoned.js';
import { useBundleSearch } from './search-fixture.js';

const { search, top } = useBundleSearch();

const entries: [string, Reasoned][] = [
  ...Object.entries(CONSOLE_SERVICES).map(([k, e]) => [`console /${k}/`, e] as [string, Reasoned]),
  ...Object.entries(CONSOLE_KINDS).map(([k, e]) => [`console kind ${k}`, e] as [string, Reasoned]),
  ...Object.entries(CFN_NAMESPACES).map(([k, e]) => [`AWS::${k}::`, e] as [string, Reasoned]),
  ['cfn type beside its stack', CFN_STACK_SENSE],
  ...ERROR_CODES.map((e) => [`error code ${String(e.pattern)}`, e] as [string, Reasoned]),
  ['sdk error line', ERROR_LINE],
  ...Object.entries(ARN_TYPES_R13).map(([k, e]) => [`arn type ${k}`, e] as [string, Reasoned]),
];

describe('pasted console URLs, CloudFormation types, error codes and ARN types', () => {
  it.each(entries)('%s: its example finds its operation', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 5)).toContain(e.example[1]);
  });

  it('the operation that failed beside an error code is not the call wanted', () => {
    const q = 'ProvisionedThroughputExceededException on PutRecord to stream clicks, add shards';
    expect(top(q, 1)).toEqual(['kinesis:UpdateShardCount']);
  });

  it('a bare operation name with no error code is still the call wanted', () => {
    expect(top('PutRecord to stream clicks', 1)).toEqual(['kinesis:PutRecord']);
  });

  it('a question after the pasted thing is a question: no change first', () => {
    const first = search('AWS::Events::Rule nightly-report, what are its targets', 1)[0]!;
    expect(first.risk).toBe('read');
  });

  it.each([
    ['{"FunctionName":"resize","ReservedConcurrentExecutions":50} apply', 'lambda:PutFunctionConcurrency'],
    ['{"Entries":[{"Source":"app","DetailType":"OrderPlaced","Detail":"{}"}]} send', 'events:PutEvents'],
  ])('a pasted payload fits the call whose required members are its keys: %s', (q, op) => {
    expect(top(q, 1)).toEqual([op]);
  });

  it('a record literal of user data names no members', () => {
    expect(top('put {"pk": "user#1", "name": "Ada"} in my table', 5)).toContain('dynamodb:PutItem');
  });
});

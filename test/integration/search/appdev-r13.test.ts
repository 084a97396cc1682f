// Round-13 application integration and developer tools: a participle with a time window names
// which things to list, a count of minutes or hours still repeats, "redrive" alone is not the
// queue's, and the everyday verbs of sending and submitting (data/verbs-r13.ts).

import { describe, expect, it } from 'vitest';
import { DECIDED_ON_THE_THING } from '../../../src/search/data/history-words.js';
import { asksAfterContext } from '../../../src/search/intent.js';
import { R13_VERBS } from '../../../src/search/data/verbs-r13.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a past participle with a time window describes the things listed (verb-finder.ts)', () => {
  it('a time window a few words after the participle still filters (TIME_FILTER.reach)', () => {
    expect(top('tags of the images pushed to repo payments-api in the last week', 1)).toEqual([
      'ecr:DescribeImages',
    ]);
  });

  it.each([
    ['users created this week in pool us-east-1_AbC123xyZ', 'cognito-idp:ListUsers'],
    ['functions deployed since monday', 'lambda:ListFunctions'],
  ])('%s -> %s in the top five, and no write first', (query, op) => {
    expect(top(query, 5)).toContain(op);
    expect(top(query, 1)[0]).not.toMatch(/:(Create|Put|Update)/);
  });

  it('after a subject the -ed word stays a verb', () => {
    expect(top('who pushed image payments-api:1.8.3 yesterday', 1)).toEqual(['cloudtrail:LookupEvents']);
  });
});

describe('every N minutes or hours is a schedule (query-words.ts phraseAt)', () => {
  it('a count of hours still asks for a schedule', () => {
    expect(top('run the cleanup lambda every 6 hours', 1)).toEqual(['scheduler:CreateSchedule']);
  });

  it('a period in days is a policy, not a schedule', () => {
    expect(top("make users' passwords at least 14 chars and expire every 90 days", 1)).toEqual([
      'iam:UpdateAccountPasswordPolicy',
    ]);
  });
});

describe('"redrive" alone goes where the thing named is (concepts-docs-data.ts)', () => {
  it.each([
    ['redrive the payouts step function run', 'stepfunctions:RedriveExecution'],
    [
      'redrive arn:aws:states:us-east-1:123456789012:execution:Payouts:b7e2c1d0',
      'stepfunctions:RedriveExecution',
    ],
    ['redrive my dead letter queue', 'sqs:StartMessageMoveTask'],
  ])('%s -> %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});

describe('round-13 everyday verbs (data/verbs-r13.ts)', () => {
  it.each(Object.entries(R13_VERBS))('verb %s', (_verb, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });
});

describe('who approved: the thing approved records it (data/history-words.ts)', () => {
  it('its example finds the approval record first', () => {
    expect(DECIDED_ON_THE_THING.why.length).toBeGreaterThan(10);
    expect(top(DECIDED_ON_THE_THING.example[0], 1)).toEqual([DECIDED_ON_THE_THING.example[1]]);
  });

  it('other past actions still ask the event history', () => {
    expect(top('who deleted the prod-assets bucket', 1)).toEqual(['cloudtrail:LookupEvents']);
  });
});

describe('context first, then the question (intent.ts asksAfterContext)', () => {
  it('reads the last clause only when the query ends with a question mark', () => {
    expect(asksAfterContext('prod 502s since 14:05, did a deployment just go out?')).toBe(true);
    expect(asksAfterContext('prod 502s since 14:05, did a deployment just go out')).toBe(false);
    expect(asksAfterContext('did a deployment just go out?')).toBe(false);
    expect(asksAfterContext('the release broke prod, roll it back?')).toBe(false);
  });

  it('a question after an incident note gets a read first', () => {
    expect(top('prod checkout 502s since 14:05, did a codedeploy deployment just go out?', 1)).toEqual([
      'codedeploy:ListDeployments',
    ]);
  });
});

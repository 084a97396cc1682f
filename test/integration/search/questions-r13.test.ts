// Round-13 forms of asking (src/search/intent.ts asksAfterContext, data/phrasal-verbs.ts `stop from`):
// a question asked after its context, and stopping something from doing a thing.

import { describe, expect, it } from 'vitest';
import { asksAfterContext, opensWithReadingNoun } from '../../../src/search/intent.js';
import { READING_NOUN_REQUEST } from '../../../src/search/data/intent.js';
import { PHRASAL_VERBS } from '../../../src/search/data/phrasal-verbs.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('a question asked after its context (intent.ts asksAfterContext)', () => {
  it.each([
    ['prod api 502s since 14:05, is the target group healthy?', true],
    ['we restored the table last night. has the restore finished?', true],
    ['the nightly export failed - which role did it run as?', true],
    ['restart the web server, how do I do that?', false],
    ['is the bucket public?', false],
    ['restart it, is it running', false],
  ])('%s -> %s', (query, expected) => {
    expect(asksAfterContext(query)).toBe(expected);
  });

  it.each([
    [
      'prod inference endpoint churn-v3 returning 5xx since 9am, is it InService or did the update fail?',
      'sagemaker:DescribeEndpoint',
    ],
    ['checkout api 502s since 14:05, is the target group healthy?', 'elbv2:DescribeTargetHealth'],
  ])('%s -> %s first, and a read', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
    expect(search(query, 1)[0]!.risk).toBe('read');
  });
});

describe('stopping something from doing a thing forbids it (phrasal `stop from`)', () => {
  it.each(['stop from', 'stop from being'])('the example of `%s` ranks its operation first', (key) => {
    const entry = PHRASAL_VERBS[key]!;
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('stopping machines still stops them', () => {
    expect(top('stop the ec2 instances from the dev account', 1)).toEqual(['ec2:StopInstances']);
  });
});

describe('a request that opens with what it wants to see reads (data/intent.ts READING_NOUNS)', () => {
  it('its example finds the read first', () => {
    expect(READING_NOUN_REQUEST.why.length).toBeGreaterThan(10);
    expect(top(READING_NOUN_REQUEST.example[0], 1)).toEqual([READING_NOUN_REQUEST.example[1]]);
  });

  it.each([
    [['details', 'of', 'contact', 'c1'], true],
    [['info', 'on', 'function', 'f1'], true],
    [['details'], false],
    [['update', 'the', 'details'], false],
  ])('%j -> %s', (ws, expected) => {
    expect(opensWithReadingNoun(ws)).toBe(expected);
  });
});

describe('an everyday word after its vendor names the service (query-words.ts vendoredAt)', () => {
  it.each([
    ['list the queues in amazon connect', 'connect:ListQueues'],
    ['details of contact 1a2b3c4d-aaaa-bbbb-cccc-111122223333 in amazon connect', 'connect:DescribeContact'],
  ])('%s -> %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a family member of a named service stays behind it', () => {
    expect(top('aws ecr get-login-password', 1)).toEqual(['ecr:GetAuthorizationToken']);
  });
});

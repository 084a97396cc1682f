// Words that frame the thing asked about (src/search/head-frames.ts, data/head-frames-r12.ts):
// "the status of", "when was the last", "the latest" pass the head to the noun after them, and
// a noun picked by time among a set ("the last execution") asks for the list of them; a verb
// word before a record noun ("build logs", "execution history") is a noun (noun-reading-r12.ts).

import { describe, expect, it } from 'vitest';
import { HEAD_FRAMES, TIME_FILTER } from '../../../src/search/data/head-frames-r12.js';
import { RECORD_NOUNS } from '../../../src/search/data/noun-reading-r12.js';
import { useBundleSearch } from './search-fixture.js';

const { top, search } = useBundleSearch();

describe('head frames (data/head-frames-r12.ts)', () => {
  it.each(Object.entries(HEAD_FRAMES))('%s: its example finds its operation in the top 5', (word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].split(' ')).toContain(word);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each(Object.entries(RECORD_NOUNS))(
    'a verb word before %s is a noun: its example finds its operation',
    (word, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[0].split(' ')).toContain(word);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );

  it('a verb word after a word that picks by time is a noun', () => {
    expect(top('the newest snapshot of volume vol-0abc1234def567890', 1)).not.toEqual(['ec2:CreateSnapshot']);
    expect(top('get logs', 5).length).toBeGreaterThan(0);
  });

  it('the record of a run named with no verb is read, not made', () => {
    expect(search('restore status of my s3 glacier object', 1)[0]!.risk).toBe('read');
    expect(top('deployment status of codedeploy deployment d-ABCDEF123', 1)).toEqual([
      'codedeploy:GetDeployment',
    ]);
  });

  it('a participle and a time after the things filter them (TIME_FILTER)', () => {
    expect(TIME_FILTER.why.length).toBeGreaterThan(10);
    expect(top(TIME_FILTER.example[0], 1)).toEqual([TIME_FILTER.example[1]]);
    expect(top('list s3 buckets created last week', 1)).toEqual(['s3:ListBuckets']);
    // an outcome is what is asked, not when
    expect(top('which glue job runs failed yesterday', 3)).toContain('glue:GetJobRuns');
  });

  it('the last of a set is found by listing the set', () => {
    expect(top('what was the status of the last execution of state machine order-flow', 1)).toEqual([
      'stepfunctions:ListExecutions',
    ]);
    expect(top('when was the last backup of the dynamodb table orders', 3)).toContain('dynamodb:ListBackups');
  });

  it('controls: a question word inside a request frames nothing; one thing named by id stays one', () => {
    expect(top('change who aws emails about security issues for our account', 1)).toEqual([
      'account:PutAlternateContact',
    ]);
    expect(top('describe execution arn:aws:states:us-east-1:123456789012:execution:flow:run-1', 1)).toEqual([
      'stepfunctions:DescribeExecution',
    ]);
  });
});

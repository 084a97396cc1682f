// Round 16 sibling readings (src/search/siblings.ts, id-plan.ts, rank.ts coverage): a pasted
// identifier is one thing even when other words are typed, a question's number twin must be a
// read, and a read's tie word is what the typed container's preposition said.

import { describe, expect, it } from 'vitest';
import { TIED_READ_VERBS } from '../../../src/search/data/relation-words.js';
import { HEAD_FRAMES } from '../../../src/search/data/head-frames-r12.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('the number a pasted identifier asks for', () => {
  it('an execution ARN with a status word is one execution, not the list', () => {
    expect(
      top('what is arn:aws:states:eu-west-1:111122223333:execution:Checkout:run-9 doing now', 1),
    ).toEqual(['stepfunctions:DescribeExecution']);
  });

  it('a typed plural still decides ("the roles of" an instance profile ARN)', () => {
    expect(top('list the instance profiles of arn:aws:iam::111122223333:role/batch-worker', 3)).toContain(
      'iam:ListInstanceProfilesForRole',
    );
  });

  it('a twin does the same kind of task: CreateVolume is no twin of the read DescribeVolumes', () => {
    expect(top('is volume vol-0aa11bb22cc33dd44 encrypted?', 1)).toEqual(['ec2:DescribeVolumes']);
    // nor ImportInstance of TerminateInstances, EC2's call for one instance
    expect(top('terminate i-0123456789abcdef0', 1)).toEqual(['ec2:TerminateInstances']);
    // a change with the same verb still is one: one key is DeleteObject
    expect(top('delete s3://logs-archive/2023/app.log', 1)).toEqual(['s3:DeleteObject']);
  });

  it('"progress of" frames the thing after it (data/head-frames-r12.ts)', () => {
    expect(HEAD_FRAMES.progress!.why.length).toBeGreaterThan(10);
    expect(top('what is the progress of glue job run jr_0123456789abcdef0123 of job sales-etl', 1)).toEqual([
      'glue:GetJobRun',
    ]);
  });
});

describe("a read's tie word counts as typed when a container is (TIED_READ_VERBS)", () => {
  it('names the reads', () => {
    expect(TIED_READ_VERBS).toEqual(expect.arrayContaining(['list']));
  });

  it('only where the thing typed comes before the tie (not ListChannelMembershipsForAppInstanceUser)', () => {
    expect(top('which users are in the chime sdk channel support-room', 5)).toContain(
      'chime-sdk-messaging:ListChannelMemberships',
    );
  });

  it('List<X>By<Y> is covered by "the X of Y z"', () => {
    expect(top('show the subscriptions of sns topic billing-alerts', 1)).toEqual([
      'sns:ListSubscriptionsByTopic',
    ]);
  });
});

// Issue 16: an operation written out in a permission request is the IAM action asked about, not
// the call wanted. "can alice do s3:DeleteObject" must not put DeleteObject first (a question
// answered by a destructive call); "can you run X" and a permission-setting action still are calls.

import { describe, expect, it } from 'vitest';
import { MAY_DO, PERMISSION_WORDS } from '../../../src/search/data/action-mentions.js';
import { useBundleSearch } from './search-fixture.js';

const { search, top } = useBundleSearch();

describe('permission words and modals (data/action-mentions.ts)', () => {
  it.each(Object.entries({ ...PERMISSION_WORDS, ...MAY_DO }))(
    '%s: its example finds its operation',
    (_, e) => {
      expect(e.why.length).toBeGreaterThan(10);
      expect(top(e.example[0], 5)).toContain(e.example[1]);
    },
  );

  it.each([
    'which policies deny ec2:TerminateInstances for me',
    'can the ops role do rds:DeleteDBInstance in prod',
    'is user carol permitted to run ec2:StopInstances',
    'why is dynamodb:DeleteItem denied for role cleanup',
  ])('a question about a written-out change is answered by a read: %s', (q) => {
    expect(search(q, 3).every((r) => r.risk === 'read')).toBe(true);
  });

  it('asking the assistant to run an action is a call of it', () => {
    expect(top('can you run ec2:DescribeInstances in us-east-1', 1)).toEqual(['ec2:DescribeInstances']);
    expect(top('run s3:ListBuckets', 1)).toEqual(['s3:ListBuckets']);
  });

  it('an action that sets permissions keeps its exact match', () => {
    const q = 's3:PutBucketPolicy on bucket site with a policy that allows cloudfront';
    expect(top(q, 1)).toEqual(['s3:PutBucketPolicy']);
  });

  it('without a permission word the written-out action ranks first', () => {
    expect(top('sqs:SendMessage to queue orders', 1)).toEqual(['sqs:SendMessage']);
  });
});

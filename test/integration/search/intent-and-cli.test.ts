// What a query carries beyond its words: questions never get a change first, CLI commands map
// to the operation they call (by argument shape for `aws s3`, by waiter for `wait`), and a
// concept query lists its candidate services.

import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../src/search/types.js';
import { openBundleSearch } from './search-fixture.js';
import { PARTICIPLE_BEFORE_NOUN, STATE_ASKING_NOUNS } from '../../../src/search/data/intent.js';

let index: SearchIndex;
beforeAll(async () => {
  ({ index } = await openBundleSearch());
});

const first = (query: string): string => {
  const r = index.search({ query }).results[0]!;
  return `${r.service}:${r.operation}`;
};

describe('intent', () => {
  it.each([
    ['who terminated instance i-0c2f8e1a9b7d65432 last night', 'cloudtrail:LookupEvents'],
    ['has my DNS change C2682N5HXP0BZ4 gone through yet', 'route53:GetChange'],
    ['is point in time recovery enabled on the Orders table', 'dynamodb:DescribeContinuousBackups'],
  ])('a question gets a read first: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
    expect(['read', 'sensitive-read']).toContain(index.search({ query }).results[0]!.risk);
  });

  it.each([PARTICIPLE_BEFORE_NOUN.example, ...Object.values(STATE_ASKING_NOUNS).map((e) => e.example)])(
    'no verb, things named by a state or asked for their status: a read first: %s',
    (query, expected) => {
      expect(first(query)).toBe(expected);
    },
  );

  it.each([
    [
      'search domain logs-prod went red after we changed instance types, is the config change still in progress?',
      'opensearch:DescribeDomainChangeProgress',
    ],
    ['we resized the redshift cluster yesterday, is it available now?', 'redshift:DescribeClusters'],
  ])('context first, the question last: a read first: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it.each([
    ['broker connection string for the msk cluster orders-kafka', 'kafka:GetBootstrapBrokers'],
    ['ecs service web-api deployment state', 'ecs:DescribeServiceDeployments'],
  ])('a noun made from a verb after another noun is no verb: %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('a failure that happened again asks for no new run', () => {
    expect(first('the nightly glue job failed again, why')).not.toBe('glue:StartJobRun');
    expect(index.search({ query: 'the nightly glue job failed again, why' }).results[0]!.risk).toBe('read');
  });

  it('a request for a change still gets the change', () => {
    expect(first('terminate instance i-0c2f8e1a9b7d65432')).toBe('ec2:TerminateInstances');
  });
});

describe('CLI commands', () => {
  it.each([
    ['aws ec2 wait instance-running --instance-ids i-0abc123def4567890', 'ec2:DescribeInstances'],
    ['aws dynamodb wait table-exists --table-name Users', 'dynamodb:DescribeTable'],
    ['aws s3 ls', 's3:ListBuckets'],
    ['aws s3 ls s3://b/p/', 's3:ListObjectsV2'],
    ['aws s3 cp file.txt s3://b/file.txt', 's3:PutObject'],
    ['aws s3 cp s3://b/file.txt file.txt', 's3:GetObject'],
    ['aws s3 cp s3://a/x s3://b/x', 's3:CopyObject'],
    ['aws s3 rm s3://b/x', 's3:DeleteObject'],
  ])('%s -> %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});

describe('service candidates', () => {
  it('a concept query names its candidate services, one line each', () => {
    const r = index.search({ query: 'run sql on aurora serverless through the data api' });
    expect(r.serviceCandidates?.map((c) => c.service)).toContain('rds-data');
    for (const c of r.serviceCandidates ?? []) expect(c.summary.length).toBeLessThanOrEqual(100);
  });

  it('a query naming its service, or narrowed by serviceHint, gets none', () => {
    expect(index.search({ query: 'list s3 buckets' }).serviceCandidates).toBeUndefined();
    expect(
      index.search({ query: 'who did this', serviceHint: 'cloudtrail' }).serviceCandidates,
    ).toBeUndefined();
  });
});

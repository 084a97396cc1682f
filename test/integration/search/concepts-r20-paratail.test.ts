// Issue 16, round 20 (paraphrases over the long tail of services): everyday words for what a
// lesser-known service's operation does (data/concepts-r20-paratail.ts). Every entry has a reason
// and an example ranked first; the cases below are other wordings of the same kinds, on other
// services where the kind spans several.

import { describe, expect, it } from 'vitest';
import { R20_PARATAIL_CONCEPTS } from '../../../src/search/data/concepts-r20-paratail.js';
import { setAsideStateOfThing } from '../../../src/search/state-of-thing.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 20 long-tail concepts: every entry has a reason and an example ranked first', () => {
  it.each(R20_PARATAIL_CONCEPTS.map((c) => [c.phrases[0]!, c] as const))('%s', (_, c) => {
    expect(c.why.length).toBeGreaterThan(10);
    expect(top(c.example[0], 1)).toEqual([c.example[1]]);
  });
});

describe('other wordings of the same kinds', () => {
  it.each([
    // a check that one endpoint reaches another is the connection test, on several services
    ['test connectivity from dms replication instance to the target endpoint', 'dms:TestConnection'],
    [
      'make sure the sftp connector c-0123456789abcdef0 is able to reach the partner server',
      'transfer:TestConnection',
    ],
    // "accidentally" shutting down or deleting asks for the protection
    [
      'keep the prod-core stack from being accidentally deleted',
      'cloudformation:UpdateTerminationProtection',
    ],
    [
      'stop anyone accidentally deleting the network firewall fw-main',
      'network-firewall:UpdateFirewallDeleteProtection',
    ],
    // temporary keys are credentials, wherever they are handed out
    ['short-lived keys for the web-admin role in account 111122223333 via sso', 'sso:GetRoleCredentials'],
    ['temporary aws keys for my iam user, I have an mfa code', 'sts:GetSessionToken'],
    // a resource offered or shared with us by another account waits as an invitation
    [
      'the networking account offered us its transit gateway; approve it',
      'ram:AcceptResourceShareInvitation',
    ],
    // recordings made into text are Transcribe's
    ['summarize the customer call recordings in s3 into text files', 'transcribe:StartTranscriptionJob'],
    // the primary dying is a failover, on every engine that has one
    ['simulate losing the primary of memorydb cluster sessions shard 0001', 'memorydb:FailoverShard'],
    ['simulate the primary Redis node dying to see whether the app copes', 'elasticache:TestFailover'],
    // an etl script or job is Glue's
    ['show the runs of our nightly etl job', 'glue:GetJobRuns'],
    // a number's carrier and whether it is real is Pinpoint's validation
    ["look up the mobile carrier for a customer's number", 'pinpoint:PhoneNumberValidate'],
    // the self-service catalog's products, read or launched
    ['which approved products can our team launch', 'servicecatalog:SearchProducts'],
    // scanning a folder to work out its schema is a crawler
    ['scan the s3 folder of yesterday and refresh the catalog', 'glue:StartCrawler'],
    // a point-in-time copy taken now is a backup or snapshot, on each storage service
    ['take a point-in-time copy of the dynamodb orders table before the migration', 'dynamodb:CreateBackup'],
    ['take a point in time copy of volume vol-0abc1234 before patching', 'ec2:CreateSnapshot'],
    // the maintenance window of a cluster is read from the cluster, on each engine of the RDS API
    ['when is the maintenance window of our documentdb cluster', 'docdb:DescribeDBClusters'],
    ['when is the maintenance window of our neptune cluster', 'neptune:DescribeDBClusters'],
    ['when is the maintenance window of our aurora cluster', 'rds:DescribeDBClusters'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a question whether a cluster is protected still reads it', () => {
    expect(top('is the emr cluster protected against accidental termination', 5)).toContain(
      'emr:DescribeCluster',
    );
  });
});

describe('a state held "already" describes the thing, as "still" does', () => {
  it.each(['kill the job that is already running in batch', 'stop the crawler that is already running'])(
    '%s',
    (query) => {
      const { setAside } = setAsideStateOfThing(query.split(' '));
      expect([...setAside.values()]).toEqual(['running']);
    },
  );
});

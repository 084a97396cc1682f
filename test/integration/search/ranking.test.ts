// Ranking on the real catalog (whole bundle): representative queries of each kind must put the
// right operation first.

import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex, SearchResponse } from '../../../src/search/types.js';
import { openBundleSearch } from './search-fixture.js';

let index: SearchIndex;
beforeAll(async () => {
  ({ index } = await openBundleSearch());
});

const first = (r: SearchResponse): string => `${r.results[0]?.service}:${r.results[0]?.operation}`;
const top = (r: SearchResponse, n: number): string[] =>
  r.results.slice(0, n).map((x) => `${x.service}:${x.operation}`);

describe('plain-language tasks', () => {
  it.each([
    ['I need to list simple storage buckets', 's3:ListBuckets'],
    ['list my s3 buckets', 's3:ListBuckets'],
    ['who am I logged in as', 'sts:GetCallerIdentity'],
    ['whoami', 'sts:GetCallerIdentity'],
    ['send a message to a queue', 'sqs:SendMessage'],
    ['read a parameter from parameter store', 'ssm:GetParameter'],
    ['show my running ec2 instances', 'ec2:DescribeInstances'],
    ['remove an iam role', 'iam:DeleteRole'],
    ['list state machines', 'stepfunctions:ListStateMachines'],
  ])('%s -> %s', (query, expected) => {
    expect(first(index.search({ query }))).toBe(expected);
  });

  it('tailing a log group finds the log event readers first', () => {
    const r = index.search({ query: 'tail the log group /aws/lambda/foo' });
    expect(['logs:GetLogEvents', 'logs:FilterLogEvents', 'logs:StartLiveTail']).toContain(first(r));
    // the path names lambda, but the request is about logs
    expect(r.results.slice(0, 3).every((x) => x.service === 'logs')).toBe(true);
  });
});

describe('identifiers and the head noun', () => {
  // the id's resource type is where the action happens; the words name what is acted on
  it.each([
    ['snapshot vol-0123456789abcdef0', 'ec2:CreateSnapshot'],
    ['list the invalidations of distribution E1ABCDEFGHIJKL', 'cloudfront:ListInvalidations'],
    ['terminate i-0123456789abcdef0', 'ec2:TerminateInstances'],
  ])('%s -> %s', (query, expected) => {
    expect(first(index.search({ query }))).toBe(expected);
  });
});

describe('batch variants (PRIOR.batch)', () => {
  it('one item gets the single call, and saying batch still gets the batch call', () => {
    expect(first(index.search({ query: 'get an item from my dynamodb table' }))).toBe('dynamodb:GetItem');
    expect(first(index.search({ query: 'rerun the failed build' }))).toBe('codebuild:RetryBuild');
    expect(first(index.search({ query: 'batch get items from my dynamodb table' }))).toBe(
      'dynamodb:BatchGetItem',
    );
  });
});

describe('input member names (every member, not only the required ones)', () => {
  it('a setting people ask about reaches the operation that has it as a member', () => {
    // EphemeralStorage is an optional member of UpdateFunctionConfiguration; no operation name
    // or summary says "storage" for Lambda, and groundstation:UpdateEphemeris led before
    const r = index.search({ query: 'change the ephemeral storage size of my function' });
    expect(first(r)).toBe('lambda:UpdateFunctionConfiguration');
  });
});

describe('surface-word traps', () => {
  it('a version number is not S3 versioning', () => {
    expect(first(index.search({ query: 'versions of lt-0123456789abcdef0' }))).toBe(
      'ec2:DescribeLaunchTemplateVersions',
    );
    expect(top(index.search({ query: 'roll back the alias to version 3' }), 5)).not.toContain(
      's3:PutBucketVersioning',
    );
  });

  it('a server is an EC2 instance before it is a RouteServer (vocabulary plus service popularity)', () => {
    for (const [query, expected] of [
      ['start my server', 'ec2:StartInstances'],
      ['stop the server', 'ec2:StopInstances'],
    ] as const) {
      const names = index.search({ query, limit: 10 }).results.map((x) => `${x.service}:${x.operation}`);
      expect(names[0]).toBe(expected);
      const routeServer = names.findIndex((n) => n.includes('RouteServer'));
      expect(routeServer === -1 || routeServer > names.indexOf(expected)).toBe(true);
    }
  });
});

describe('typos', () => {
  it.each([
    ['lamda list functions', 'lambda:ListFunctions', 'lamda', 'lambda'],
    ['dynamdb describe table', 'dynamodb:DescribeTable', 'dynamdb', 'dynamodb'],
    ['cloudwatc list metrics', 'cloudwatch:ListMetrics', 'cloudwatc', 'cloudwatch'],
  ])('%s -> %s, reporting the correction', (query, expected, typed, fixed) => {
    const r = index.search({ query });
    expect(first(r)).toBe(expected);
    expect(r.corrected?.[typed]).toBe(fixed);
  });
});

describe('CLI style and exact names', () => {
  it.each([
    ['aws ec2 describe-instances', 'ec2:DescribeInstances'],
    ['s3api list-objects-v2', 's3:ListObjectsV2'],
    ['describe-vpcs', 'ec2:DescribeVpcs'],
    ['aws ssm get-parameter --name /prod/db/password', 'ssm:GetParameter'],
    ['aws ecr get-login-password', 'ecr:GetAuthorizationToken'],
    ['ListBuckets', 's3:ListBuckets'],
    ['s3:ListBuckets', 's3:ListBuckets'],
    ['GetCallerIdentity', 'sts:GetCallerIdentity'],
    // exact names win over priors that would otherwise rank them lower
    ['InvokeAsync', 'lambda:InvokeAsync'],
    ['iot-data:Publish', 'iot-data:Publish'],
    ['aws waf create-ip-set', 'waf:CreateIPSet'],
  ])('%s -> %s with the top score', (query, expected) => {
    const r = index.search({ query });
    expect(first(r)).toBe(expected);
    expect(r.results[0]!.score).toBe(1);
    expect(r.results.slice(1).every((x) => x.score < 1)).toBe(true);
  });
});

describe('serviceHint', () => {
  it('narrows results to the hinted service', () => {
    for (const [hint, id] of [
      ['ecs', 'ecs'],
      ['eks', 'eks'],
      ['step functions', 'stepfunctions'],
      ['cloudwatch logs', 'logs'],
    ] as const) {
      const r = index.search({ query: 'list clusters', serviceHint: hint });
      expect(r.results.every((x) => x.service === id)).toBe(true);
    }
    expect(first(index.search({ query: 'list clusters', serviceHint: 'ecs' }))).toBe('ecs:ListClusters');
    expect(first(index.search({ query: 'list clusters', serviceHint: 'eks' }))).toBe('eks:ListClusters');
  });

  it('accepts vocabulary names of a service', () => {
    const r = index.search({ query: 'get parameter', serviceHint: 'parameter store' });
    expect(first(r)).toBe('ssm:GetParameter');
  });

  it('rejects an empty hint', () => {
    expect(() => index.search({ query: 'list clusters', serviceHint: ' ' })).toThrow(
      expect.objectContaining({ code: 'InvalidInput' }),
    );
  });

  it('rejects a hint that names no service, with suggestions', () => {
    expect(() => index.search({ query: 'list things', serviceHint: 'lambada' })).toThrow(
      expect.objectContaining({ code: 'UnknownService' }),
    );
  });

  it('says so when nothing in the hinted service matches', () => {
    const r = index.search({ query: 'transcode video', serviceHint: 'sts' });
    expect(r.results).toEqual([]);
    expect(r.noResults?.reason).toMatch(/sts/);
    expect(r.noResults?.suggestions.join(' ')).toMatch(/without serviceHint/);
  });
});

describe('ranking preferences', () => {
  it('prefers the common, current operation when names tie', () => {
    // IAM users, not WorkMail or Chime users, when the query names no service
    expect(first(index.search({ query: 'list users' }))).toBe('iam:ListUsers');
    // WAF Classic is superseded by wafv2
    expect(top(index.search({ query: 'create a web acl' }), 1)[0]).toMatch(/^wafv2:/);
  });
});

// Operation entries over the whole model bundle: coverage, flags, members, summaries, risk.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import type { OperationEntry } from '../../../src/catalog/types.js';
import { RISK_OVERRIDES, SENSITIVE_OPERATIONS } from '../../../src/catalog/data/risk-rules.js';
import { baseRisk, leadingVerb } from '../../../src/catalog/risk.js';
import { openBundleCatalog } from './bundle-catalog.js';

let catalog: ModelCatalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

const op = (service: string, name: string): OperationEntry =>
  catalog.resolveOperation(service, name).operation;

describe('operations', () => {
  it('lists every operation of every service, grouped by service', () => {
    const all = catalog.operations();
    expect(all.length).toBeGreaterThan(16_000);
    expect(catalog.operationsOf('ec2')).toHaveLength(675);
    const keys = new Set(all.map((o) => `${o.service}:${o.name}`));
    expect(keys.size).toBe(all.length);
  });

  it('includes operations bound only through resources', () => {
    const account = catalog.operationsOf('account');
    expect(account.length).toBeGreaterThan(5);
    expect(account.every((o) => o.resource !== undefined)).toBe(true);
    expect(op('account', 'PutAlternateContact').resource).toBe('AlternateContactResource');
    expect(op('s3', 'ListBuckets').resource).toBeUndefined();
  });

  it('writes summaries as one short line of plain text', () => {
    for (const o of catalog.operations()) {
      expect(o.summary.length).toBeLessThanOrEqual(160);
      expect(o.summary).not.toMatch(/<\/?[a-zA-Z][^>]*>|\n|&(amp|lt|gt|quot);/);
      expect(o.documentation.length).toBeLessThanOrEqual(600);
      expect(o.documentation).not.toMatch(/<\/?(p|code|a|ul|li|note|important|b|i)\b[^>]*>/);
    }
    expect(op('s3', 'ListBuckets').summary).toBe(
      'Returns a list of all buckets owned by the authenticated sender of the request.',
    );
    expect(op('s3', 'GetObject').summary).toBe('Retrieves an object from Amazon S3.');
  });

  it('flags paginated, waitable, deprecated and idempotent operations', () => {
    const list = op('s3', 'ListObjectsV2');
    expect(list.paginated).toBe(true);
    expect(list.pagination).toMatchObject({
      inputToken: 'ContinuationToken',
      outputToken: 'NextContinuationToken',
    });
    expect(op('s3', 'HeadBucket')).toMatchObject({
      waitable: true,
      waiters: expect.arrayContaining(['BucketExists']),
    });
    expect(op('s3', 'PutObject')).toMatchObject({ paginated: false, waitable: false, deprecated: false });
    expect(op('lambda', 'InvokeAsync').deprecated).toBe(true);
    expect(op('dynamodb', 'DeleteTable').idempotent).toBe(false);
    expect(op('account', 'PutAlternateContact').idempotent).toBe(true); // smithy.api#idempotent
    expect(op('ec2', 'RunInstances').idempotent).toBe(true); // ClientToken idempotency token
  });

  it('lists input members and the required ones the caller must send', () => {
    const get = op('s3', 'GetObject');
    expect(get.inputMembers).toEqual(expect.arrayContaining(['Bucket', 'Key', 'Range', 'VersionId']));
    expect(get.requiredMembers).toEqual(['Bucket', 'Key']);
    expect(op('s3', 'ListBuckets').requiredMembers).toEqual([]);
    // ClientToken is required in the model but the SDK fills idempotency tokens itself
    const path = op('ec2', 'CreateNetworkInsightsPath');
    expect(path.inputMembers).toContain('ClientToken');
    expect(path.requiredMembers).not.toContain('ClientToken');
    expect(path.requiredMembers).toContain('Protocol');
  });

  it.each([
    ['s3', 'ListBuckets', 'read'],
    ['s3', 'HeadObject', 'read'],
    ['dynamodb', 'DeleteTable', 'destructive'],
    ['dynamodb', 'BatchGetItem', 'read'],
    ['dynamodb', 'BatchWriteItem', 'write'],
    ['lambda', 'CreateFunction', 'write'],
    ['lambda', 'GetFunction', 'read'],
    ['ec2', 'TerminateInstances', 'destructive'],
    ['ec2', 'StopInstances', 'destructive'],
    ['ec2', 'DescribeInstances', 'read'],
    ['ec2', 'DeleteTags', 'write'],
    ['logs', 'UntagResource', 'write'],
    ['cognito-idp', 'AdminDeleteUser', 'destructive'],
    ['cognito-idp', 'AdminGetUser', 'read'],
    ['sts', 'GetCallerIdentity', 'read'],
    ['sts', 'GetSessionToken', 'sensitive-read'],
    ['secretsmanager', 'GetSecretValue', 'sensitive-read'],
    ['secretsmanager', 'BatchGetSecretValue', 'sensitive-read'],
    ['secretsmanager', 'DescribeSecret', 'read'],
    ['kms', 'Decrypt', 'sensitive-read'],
    ['ssm', 'GetParametersByPath', 'sensitive-read'],
    ['ecr', 'GetAuthorizationToken', 'sensitive-read'],
    ['iam', 'CreateAccessKey', 'write'],
    ['elasticache', 'TestFailover', 'destructive'],
    ['apigateway', 'TestInvokeMethod', 'write'],
    ['sqs', 'ReceiveMessage', 'write'],
    ['sqs', 'PurgeQueue', 'destructive'],
    ['kms', 'ScheduleKeyDeletion', 'destructive'],
    ['personalize', 'CreateDataDeletionJob', 'destructive'],
    ['kms', 'CancelKeyDeletion', 'write'],
    ['kms', 'DisableKey', 'destructive'],
  ])('classifies %s:%s as %s', (service, name, risk) => {
    expect(op(service, name).risk).toBe(risk);
  });

  it('never classifies credential-minting sts calls as read', () => {
    for (const o of catalog.operationsOf('sts')) {
      if (o.name.startsWith('Assume')) expect(o.risk).not.toBe('read');
    }
  });

  it('keeps the sensitive list and overrides in step with the bundle', () => {
    for (const key of SENSITIVE_OPERATIONS) {
      const [service, name] = key.split(':') as [string, string];
      expect(() => catalog.resolveOperation(service, name), key).not.toThrow();
      expect(catalog.resolveOperation(service, name).operation.name, key).toBe(name);
      expect(op(service, name).risk, key).toBe('sensitive-read');
    }
    for (const [key, risk] of Object.entries(RISK_OVERRIDES)) {
      const [service, name] = key.split(':') as [string, string];
      expect(op(service, name).risk, key).toBe(risk);
      // an override that agrees with the verb rule is dead data
      expect(baseRisk('no-such-service', name, {}), key).not.toBe(risk);
    }
  });

  it('derives the verb after prefix words', () => {
    expect(leadingVerb('BatchGetItem')).toBe('Get');
    expect(leadingVerb('AdminDeleteUser')).toBe('Delete');
    expect(leadingVerb('Batch')).toBe('Batch');
    expect(leadingVerb('GetDBSnapshot')).toBe('Get');
  });
});

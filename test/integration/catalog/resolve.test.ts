// Name resolution: any case or CLI style resolves; unknown names fail with did-you-mean.

import { beforeAll, describe, expect, it } from 'vitest';
import { thrownToolError } from '../../helpers/models.js';
import type { ModelCatalog } from '../../../src/catalog/catalog.js';
import { openBundleCatalog } from './bundle-catalog.js';

let catalog: ModelCatalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

describe('resolveOperation', () => {
  it.each([
    ['s3', 'ListBuckets'],
    ['s3', 'list-buckets'],
    ['s3', 'list_buckets'],
    ['s3', 'listbuckets'],
    ['s3', 'LISTBUCKETS'],
    ['S3', ' ListBuckets '],
    ['s3', 's3:ListBuckets'],
    ['', 's3:ListBuckets'],
    ['s3', 's3api list-buckets'],
    ['', 'aws s3api list-buckets'],
    ['s3api', 'list-buckets'],
    ['Amazon Simple Storage Service', 'list buckets'],
  ])('resolves (%j, %j) to s3:ListBuckets', (service, operation) => {
    const r = catalog.resolveOperation(service, operation);
    expect(r.service.id).toBe('s3');
    expect(r.operation.name).toBe('ListBuckets');
  });

  it('resolves through service aliases and keeps canonical names', () => {
    const r = catalog.resolveOperation('cloudwatch-logs', 'describe-log-groups');
    expect(r.service.id).toBe('logs');
    expect(r.operation).toMatchObject({ service: 'logs', name: 'DescribeLogGroups' });
    expect(catalog.resolveOperation('states', 'start_execution').operation.name).toBe('StartExecution');
    expect(catalog.resolveOperation('ec2', 'describe-instances').operation.name).toBe('DescribeInstances');
  });

  it('prefers an operation name over a service prefix that happens to match', () => {
    // `batch` is also AWS Batch
    expect(catalog.resolveOperation('dynamodb', 'batch get item').operation.name).toBe('BatchGetItem');
    expect(catalog.resolveOperation('', 'batch list-jobs').service.id).toBe('batch');
  });

  it('suggests close operation names for typos', () => {
    const e = thrownToolError(() => catalog.resolveOperation('s3', 'ListBukets'));
    expect(e.code).toBe('UnknownOperation');
    expect(e.details?.suggestions).toEqual(expect.arrayContaining(['ListBuckets']));
    expect((e.details?.suggestions as string[])[0]).toBe('ListBuckets');
    expect(e.hint).toContain('ListBuckets');
    expect(e.message).not.toMatch(/\/|\\/); // no file paths
    const partial = thrownToolError(() => catalog.resolveOperation('dynamodb', 'put'));
    expect(partial.details?.suggestions).toContain('PutItem');
  });

  it('rejects an operation prefixed with a different service', () => {
    const e = thrownToolError(() => catalog.resolveOperation('sqs', 's3:ListBuckets'));
    expect(e.code).toBe('UnknownOperation');
  });

  it('fails on an unknown service before looking at the operation', () => {
    expect(thrownToolError(() => catalog.resolveOperation('nosuchservice', 'ListThings')).code).toBe(
      'UnknownService',
    );
  });
});

/** botocore's xform_name: `DescribeDBInstances` -> `describe-db-instances`. */
function cliName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

describe('every operation', () => {
  it('resolves from its exact, CLI, snake, lower and qualified spellings', () => {
    const misses: string[] = [];
    for (const s of catalog.services()) {
      for (const o of catalog.operationsOf(s.id)) {
        const cli = cliName(o.name);
        for (const [svc, spelling] of [
          [s.id, o.name],
          [s.id, cli],
          [s.directory, cli.replace(/-/g, '_')],
          [s.id.toUpperCase(), o.name.toLowerCase()],
          ['', `${s.id}:${o.name}`],
          ['', `aws ${s.id} ${cli}`],
        ] as const) {
          const r = catalog.resolveOperation(svc, spelling);
          if (r.service.id !== s.id || r.operation.name !== o.name) misses.push(`${svc} ${spelling}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('resolveService', () => {
  it.each([
    ['dynamo', 'dynamodb'],
    ['lamda', 'lambda'],
    ['cloudwatchlog', 'logs'],
    ['stepfunction', 'stepfunctions'],
    ['secretmanager', 'secretsmanager'],
  ])('suggests for %s: %s', (typo, expected) => {
    const e = thrownToolError(() => catalog.resolveService(typo));
    expect(e.code).toBe('UnknownService');
    expect(e.details?.suggestions).toContain(expected);
    expect(e.hint).toMatch(/aws_search_operations/);
  });

  it('returns undefined from findService and never throws there', () => {
    expect(catalog.findService('definitely-not-a-service')).toBeUndefined();
    expect(catalog.findService('')).toBeUndefined();
    expect(catalog.operationsOf('definitely-not-a-service')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  itemsPathsOf,
  MAX_PAGES_CAP,
  nextTokenOf,
  paginate,
  paginationOf,
  type PageInfo,
} from '../../../src/execution/workflows/pagination.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import { scripted } from './shaping-models.js';
import { operationOf } from '../../helpers/models.js';

describe('paginationOf', () => {
  it('reads the operation trait (S3 ListObjectsV2 names no items: every top-level list merges)', () => {
    const { model, op } = operationOf('s3', 'ListObjectsV2');
    expect(paginationOf(model, op)).toEqual({
      inputToken: 'ContinuationToken',
      outputToken: 'NextContinuationToken',
      pageSize: 'MaxKeys',
    });
    expect(itemsPathsOf(model, op)).toEqual(['Contents', 'CommonPrefixes']);
  });

  it('merges the service-level defaults under the operation trait', () => {
    const { model, op } = operationOf('accessanalyzer', 'ListAnalyzers');
    expect(op.shape.traits?.['smithy.api#paginated']).toEqual({ items: 'analyzers' });
    expect(paginationOf(model, op)).toEqual({
      inputToken: 'nextToken',
      outputToken: 'nextToken',
      pageSize: 'maxResults',
      items: 'analyzers',
    });
  });

  it('is undefined for operations without the trait', () => {
    const { model, op } = operationOf('s3', 'GetObject');
    expect(paginationOf(model, op)).toBeUndefined();
    expect(nextTokenOf(model, op, { NextContinuationToken: 'x' })).toBeUndefined();
  });
});

describe('nextTokenOf', () => {
  it('surfaces string, nested and object tokens, and treats empty ones as the end', () => {
    const s3 = operationOf('s3', 'ListObjectsV2');
    expect(nextTokenOf(s3.model, s3.op, { NextContinuationToken: 'abc', Contents: [] })).toBe('abc');
    expect(nextTokenOf(s3.model, s3.op, { NextContinuationToken: '' })).toBeUndefined();
    const ddb = operationOf('dynamodb', 'Scan');
    const key = { pk: { S: 'user#9' } };
    expect(nextTokenOf(ddb.model, ddb.op, { Items: [], LastEvaluatedKey: key })).toEqual(key);
    expect(nextTokenOf(ddb.model, ddb.op, { Items: [], LastEvaluatedKey: {} })).toBeUndefined();
    const cf = operationOf('cloudfront', 'ListDistributions');
    expect(nextTokenOf(cf.model, cf.op, { DistributionList: { NextMarker: 'm2', Items: [] } })).toBe('m2');
  });
});

describe('paginate', () => {
  it('follows S3 continuation tokens and merges Contents and CommonPrefixes into the last page', async () => {
    const { model, op } = operationOf('s3', 'ListObjectsV2');
    const { call, inputs } = scripted([
      {
        Name: 'b',
        Contents: [{ Key: 'a' }, { Key: 'b' }],
        CommonPrefixes: [{ Prefix: 'p1/' }],
        NextContinuationToken: 't1',
        IsTruncated: true,
      },
      { Name: 'b', Contents: [{ Key: 'c' }], NextContinuationToken: 't2', IsTruncated: true },
      {
        Name: 'b',
        Contents: [{ Key: 'd' }],
        CommonPrefixes: [{ Prefix: 'p2/' }],
        IsTruncated: false,
        KeyCount: 1,
      },
    ]);
    const pages: PageInfo[] = [];
    const r = await paginate({ model, op, input: { Bucket: 'b' }, call, onPage: (p) => pages.push(p) });
    expect(inputs).toEqual([
      { Bucket: 'b' },
      { Bucket: 'b', ContinuationToken: 't1' },
      { Bucket: 'b', ContinuationToken: 't2' },
    ]);
    expect(r.pages).toBe(3);
    expect(r.stopReason).toBe('complete');
    expect(r.nextToken).toBeUndefined();
    expect(r.itemCount).toBe(4);
    expect(r.output).toEqual({
      Name: 'b',
      Contents: [{ Key: 'a' }, { Key: 'b' }, { Key: 'c' }, { Key: 'd' }],
      CommonPrefixes: [{ Prefix: 'p1/' }, { Prefix: 'p2/' }],
      IsTruncated: false,
      KeyCount: 1,
    });
    expect(pages.map((p) => [p.page, p.items])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
    ]);
  });

  it('passes DynamoDB LastEvaluatedKey objects back as ExclusiveStartKey', async () => {
    const { model, op } = operationOf('dynamodb', 'Scan');
    const k1 = { pk: { S: 'a' }, sk: { N: '1' } };
    const { call, inputs } = scripted([
      { Items: [{ pk: { S: 'a' } }], Count: 1, LastEvaluatedKey: k1 },
      { Items: [{ pk: { S: 'b' } }], Count: 1 },
    ]);
    const r = await paginate({ model, op, input: { TableName: 't' }, call });
    expect(inputs[1]).toEqual({ TableName: 't', ExclusiveStartKey: k1 });
    expect(r.output.Items).toEqual([{ pk: { S: 'a' } }, { pk: { S: 'b' } }]);
    expect(r.output).not.toHaveProperty('LastEvaluatedKey');
    expect(r.stopReason).toBe('complete');
  });

  it('handles dotted token and items paths (CloudFront ListDistributions)', async () => {
    const { model, op } = operationOf('cloudfront', 'ListDistributions');
    const { call, inputs } = scripted([
      { DistributionList: { Items: [{ Id: 'E1' }], NextMarker: 'm1', IsTruncated: true, Quantity: 1 } },
      { DistributionList: { Items: [{ Id: 'E2' }], IsTruncated: false, Quantity: 1 } },
    ]);
    const r = await paginate({ model, op, input: {}, call });
    expect(inputs[1]).toEqual({ Marker: 'm1' });
    expect(r.output).toEqual({
      DistributionList: { Items: [{ Id: 'E1' }, { Id: 'E2' }], IsTruncated: false, Quantity: 1 },
    });
  });

  it('merges paged maps by key (API Gateway GetUsage items) and counts keys for maxItems', async () => {
    const { model, op } = operationOf('api-gateway', 'GetUsage');
    const { call, inputs } = scripted([
      { usagePlanId: 'p', items: { k1: [[1, 2]], k2: [[3, 4]] }, position: 'pos1' },
      { usagePlanId: 'p', items: { k3: [[5, 6]] } },
    ]);
    const r = await paginate({ model, op, input: { usagePlanId: 'p' }, call });
    expect(inputs[1]).toEqual({ usagePlanId: 'p', position: 'pos1' });
    expect(r.output).toEqual({ usagePlanId: 'p', items: { k1: [[1, 2]], k2: [[3, 4]], k3: [[5, 6]] } });
    expect(r.itemCount).toBe(3);
    const cut = await paginate({
      model,
      op,
      input: { usagePlanId: 'p' },
      call: scripted([{ items: { a: 1, b: 2, c: 3 }, position: 'x' }]).call,
      maxItems: 2,
    });
    expect(cut.output.items).toEqual({ a: 1, b: 2 });
    expect(cut.truncatedByMaxItems).toBe(true);
  });

  it('stops when a service hands back a token it already gave (AWS loops)', async () => {
    const { model, op } = operationOf('cloudwatch-logs', 'FilterLogEvents');
    const { call, inputs } = scripted([
      { events: [{ message: 'one' }], nextToken: 'same' },
      { events: [{ message: 'two' }], nextToken: 'same' },
      { events: [{ message: 'never fetched' }] },
    ]);
    const r = await paginate({ model, op, input: { logGroupName: 'g' }, call });
    expect(inputs).toHaveLength(2);
    expect(r.stopReason).toBe('repeatedToken');
    expect(r.nextToken).toBeUndefined();
    expect(r.output).toEqual({ events: [{ message: 'one' }, { message: 'two' }] });
  });

  it('treats the caller-supplied start token as seen', async () => {
    const { model, op } = operationOf('cloudwatch-logs', 'FilterLogEvents');
    const { call, inputs } = scripted([{ events: [], nextToken: 'start' }]);
    const r = await paginate({ model, op, input: { logGroupName: 'g', nextToken: 'start' }, call });
    expect(inputs).toHaveLength(1);
    expect(r.stopReason).toBe('repeatedToken');
  });

  it('stops at maxPages and surfaces the token to continue from', async () => {
    const { model, op } = operationOf('ec2', 'DescribeInstances');
    let n = 0;
    const call = async (): Promise<{ output: Record<string, unknown> }> => {
      n += 1;
      return { output: { Reservations: [{ ReservationId: `r-${n}` }], NextToken: `t${n}` } };
    };
    const r = await paginate({ model, op, input: {}, call, maxPages: 3 });
    expect(r.pages).toBe(3);
    expect(r.stopReason).toBe('maxPages');
    expect(r.nextToken).toBe('t3');
    expect(r.output.NextToken).toBe('t3');
    expect(r.output.Reservations).toEqual([
      { ReservationId: 'r-1' },
      { ReservationId: 'r-2' },
      { ReservationId: 'r-3' },
    ]);
  });

  it('caps maxPages and rejects nonsense values', async () => {
    const { model, op } = operationOf('ec2', 'DescribeInstances');
    let n = 0;
    const call = async (): Promise<{ output: Record<string, unknown> }> => ({
      output: { Reservations: [], NextToken: `t${++n}` },
    });
    const r = await paginate({ model, op, input: {}, call, maxPages: 100_000 });
    expect(r.pages).toBe(MAX_PAGES_CAP);
    await expect(paginate({ model, op, input: {}, call, maxPages: 0 })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
    await expect(paginate({ model, op, input: {}, call, maxItems: -1 })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
  });

  it('cuts the merged items at maxItems and says how to resume', async () => {
    const { model, op } = operationOf('dynamodb', 'ListTables');
    const { call, inputs } = scripted([
      { TableNames: ['a', 'b', 'c'], LastEvaluatedTableName: 'c' },
      { TableNames: ['d', 'e', 'f'], LastEvaluatedTableName: 'f' },
      { TableNames: ['g'] },
    ]);
    const r = await paginate({ model, op, input: {}, call, maxItems: 5 });
    expect(inputs).toHaveLength(2);
    expect(r.output.TableNames).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(r.truncatedByMaxItems).toBe(true);
    expect(r.stopReason).toBe('maxItems');
    // Page 2 was cut: resume from the token that fetched it and skip what was already returned.
    expect(r.nextToken).toBe('c');
    expect(r.skipItems).toBe(2);
    expect(r.output.LastEvaluatedTableName).toBe('c');
  });

  it('resumes cleanly when maxItems falls on a page boundary', async () => {
    const { model, op } = operationOf('dynamodb', 'ListTables');
    const { call } = scripted([
      { TableNames: ['a', 'b', 'c'], LastEvaluatedTableName: 'c' },
      { TableNames: ['d', 'e', 'f'], LastEvaluatedTableName: 'f' },
    ]);
    const r = await paginate({ model, op, input: {}, call, maxItems: 6 });
    expect(r.output.TableNames).toHaveLength(6);
    expect(r.nextToken).toBe('f');
    expect(r.skipItems).toBeUndefined();
    expect(r.truncatedByMaxItems).toBe(true);
  });

  it('returns earlier pages when a later page fails, and throws when the first one does', async () => {
    const { model, op } = operationOf('dynamodb', 'ListTables');
    const boom = new ToolError('AwsError', 'throttled', { details: { code: 'ThrottlingException' } });
    const { call } = scripted([{ TableNames: ['a'], LastEvaluatedTableName: 'a' }, boom]);
    const r = await paginate({ model, op, input: {}, call });
    expect(r.stopReason).toBe('error');
    expect(r.pageError).toBe(boom);
    expect(r.nextToken).toBe('a');
    expect(r.output.TableNames).toEqual(['a']);
    await expect(paginate({ model, op, input: {}, call: scripted([boom]).call })).rejects.toBe(boom);
  });

  it('rejects operations that are not paginated', async () => {
    const { model, op } = operationOf('s3', 'GetObject');
    await expect(paginate({ model, op, input: {}, call: scripted([{}]).call })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
  });

  it('stops when aborted between pages', async () => {
    const { model, op } = operationOf('ec2', 'DescribeInstances');
    const controller = new AbortController();
    let n = 0;
    const call = async (): Promise<{ output: Record<string, unknown> }> => ({
      output: { Reservations: [], NextToken: `t${++n}` },
    });
    await expect(
      paginate({ model, op, input: {}, call, signal: controller.signal, onPage: () => controller.abort() }),
    ).rejects.toThrow();
    expect(n).toBe(1);
  });
});

// DynamoDB (awsJson1_0) end to end: the built server over stdio, through aws_execute, against
// dynalite on 127.0.0.1. The steps share one table and run in order.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import { startDynalite, startMcpSession, type Emulator, type McpSession } from '../../helpers/emulators.js';

const TABLE = 'orders-e2e';
const key = (sk: number) => ({ pk: { S: 'customer#1' }, sk: { N: String(sk) } });

describe('dynamodb through aws_execute against dynalite', () => {
  let emu: Emulator;
  let mcp: McpSession;
  const txIds: string[] = [];

  beforeAll(async () => {
    requireBuild();
    emu = await startDynalite();
    mcp = await startMcpSession({ AWS_ENDPOINT_URL_DYNAMODB: emu.endpoint });
  });
  afterAll(async () => {
    await mcp?.close();
    await emu?.stop();
  });

  it('creates a table and waits until it exists', async () => {
    const r = await mcp.invoke(
      'dynamodb',
      'CreateTable',
      {
        TableName: TABLE,
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'N' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      },
      { waitFor: 'TableExists', metadata: 'full' },
    );
    expect(r.isError).toBe(false);
    expect(r.data.result.TableDescription).toMatchObject({ TableName: TABLE });
    expect(r.data.wait).toMatchObject({ state: 'success', waiter: 'TableExists' });
    // CreateTable, then at least one DescribeTable poll, each with its own op_id.
    expect(r.data.metadata.requests).toBeGreaterThanOrEqual(2);
    expect(r.data.metadata.op_ids).toHaveLength(r.data.metadata.requests);
    expect(r.data.metadata).toMatchObject({ service: 'dynamodb', operation: 'CreateTable', httpStatus: 200 });
    txIds.push(r.data.metadata.tx_id);
  });

  it('puts items of every attribute type and gets one back unchanged', async () => {
    for (let sk = 1; sk <= 7; sk++) {
      const r = await mcp.invoke(
        'dynamodb',
        'PutItem',
        {
          TableName: TABLE,
          Item: { ...key(sk), status: { S: sk % 2 ? 'open' : 'shipped' }, qty: { N: String(sk * 10) } },
        },
        { metadata: 'full' },
      );
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      expect(r.data.metadata.httpStatus).toBe(200);
    }
    const rich = {
      ...key(100),
      text: { B: { text: 'hello' } },
      list: { L: [{ S: 'x' }, { N: '2' }, { BOOL: false }] },
      map: { M: { nested: { NULL: true } } },
      tags: { SS: ['a', 'b'] },
      nums: { NS: ['1.5', '-3'] },
      unicode: { S: 'héllo 日本 🚀' },
    };
    expect((await mcp.invoke('dynamodb', 'PutItem', { TableName: TABLE, Item: rich })).isError).toBe(false);
    const got = await mcp.invoke('dynamodb', 'GetItem', {
      TableName: TABLE,
      Key: key(100),
      ConsistentRead: true,
    });
    expect(got.isError).toBe(false);
    // A blob given as {text} is sent as its UTF-8 bytes and comes back as base64.
    expect(got.data.result.Item).toEqual({
      ...rich,
      text: { B: { base64: Buffer.from('hello').toString('base64') } },
    });
    txIds.push(got.data.metadata.tx_id);
  });

  it('sends binary blobs given as a base64 string, as the AWS docs write them', async () => {
    const item = { ...key(300), bin: { B: 'AP8Q' } };
    expect((await mcp.invoke('dynamodb', 'PutItem', { TableName: TABLE, Item: item })).isError).toBe(false);
    const got = await mcp.invoke('dynamodb', 'GetItem', { TableName: TABLE, Key: key(300) });
    expect(got.data.result.Item.bin).toEqual({ B: { base64: 'AP8Q' } });
    expect((await mcp.invoke('dynamodb', 'DeleteItem', { TableName: TABLE, Key: key(300) })).isError).toBe(
      false,
    );
  });

  it('sends binary blobs given as {base64}', async () => {
    const item = { ...key(200), bin: { B: { base64: 'AAEC/w==' } } };
    const r = await mcp.invoke('dynamodb', 'PutItem', { TableName: TABLE, Item: item });
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    const got = await mcp.invoke('dynamodb', 'GetItem', { TableName: TABLE, Key: key(200) });
    expect(got.data.result.Item.bin).toEqual({ B: { base64: 'AAEC/w==' } });
    // What was read can be written back as is.
    const again = await mcp.invoke('dynamodb', 'PutItem', { TableName: TABLE, Item: got.data.result.Item });
    expect(again.isError, JSON.stringify(again.data)).toBe(false);
    // Leave the table as the scans below expect it.
    const removed = await mcp.invoke('dynamodb', 'DeleteItem', { TableName: TABLE, Key: key(200) });
    expect(removed.isError).toBe(false);
  });

  it('queries by key condition', async () => {
    const r = await mcp.invoke('dynamodb', 'Query', {
      TableName: TABLE,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':pk': { S: 'customer#1' }, ':lo': { N: '2' }, ':hi': { N: '4' } },
    });
    expect(r.isError).toBe(false);
    expect(r.data.result.Count).toBe(3);
    expect(r.data.result.Items.map((i: { sk: { N: string } }) => i.sk.N)).toEqual(['2', '3', '4']);
  });

  it('scans every page with options.paginate and a small Limit, merging the items', async () => {
    const r = await mcp.invoke(
      'dynamodb',
      'Scan',
      { TableName: TABLE, Limit: 3 },
      { paginate: true, metadata: 'full' },
    );
    expect(r.isError).toBe(false);
    const sks = r.data.result.Items.map((i: { sk: { N: string } }) => Number(i.sk.N)).sort(
      (a: number, b: number) => a - b,
    );
    expect(sks).toEqual([1, 2, 3, 4, 5, 6, 7, 100]);
    // 8 items, 3 per page: 3 pages (dynalite may add an empty last page after a full one).
    expect(r.data.metadata.pages).toBeGreaterThanOrEqual(3);
    expect(r.data.metadata.requests).toBe(r.data.metadata.pages);
    expect(r.data.metadata.op_ids).toHaveLength(r.data.metadata.pages);
    expect(new Set(r.data.metadata.op_ids).size).toBe(r.data.metadata.pages);
    expect(r.data.result.LastEvaluatedKey).toBeUndefined();
    txIds.push(r.data.metadata.tx_id);
  });

  it('stops at options.maxPages with a nextToken that resumes the scan', async () => {
    const first = await mcp.invoke(
      'dynamodb',
      'Scan',
      { TableName: TABLE, Limit: 3 },
      { paginate: true, maxPages: 2, metadata: 'full' },
    );
    expect(first.isError).toBe(false);
    expect(first.data.metadata.pages).toBe(2);
    expect(first.data.result.Items).toHaveLength(6);
    // The token is the last page's LastEvaluatedKey, usable as ExclusiveStartKey.
    expect(first.data.nextToken).toEqual(first.data.result.LastEvaluatedKey);
    const rest = await mcp.invoke(
      'dynamodb',
      'Scan',
      { TableName: TABLE, Limit: 3, ExclusiveStartKey: first.data.nextToken },
      { paginate: true },
    );
    expect(rest.isError).toBe(false);
    expect(rest.data.nextToken).toBeUndefined();
    const all = [...first.data.result.Items, ...rest.data.result.Items].map((i: { sk: { N: string } }) =>
      Number(i.sk.N),
    );
    expect(all.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 100]);
  });

  it('applies options.query (JMESPath) and options.maxItems to real responses', async () => {
    const q = await mcp.invoke(
      'dynamodb',
      'Query',
      {
        TableName: TABLE,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'customer#1' } },
      },
      { query: 'Items[?status.S == `shipped`].sk.N' },
    );
    expect(q.isError).toBe(false);
    expect(q.data.result).toEqual(['2', '4', '6']);
    const limited = await mcp.invoke('dynamodb', 'Scan', { TableName: TABLE }, { maxItems: 2 });
    expect(limited.data.result.Items).toHaveLength(2);
    expect(limited.data.limited).toEqual({ path: 'Items', kept: 2, total: 8 });
  });

  it('updates an item and returns the new values', async () => {
    const r = await mcp.invoke('dynamodb', 'UpdateItem', {
      TableName: TABLE,
      Key: key(1),
      UpdateExpression: 'SET #s = :s ADD qty :d',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': { S: 'paid' }, ':d': { N: '5' } },
      ReturnValues: 'ALL_NEW',
    });
    expect(r.isError).toBe(false);
    expect(r.data.result.Attributes).toMatchObject({ status: { S: 'paid' }, qty: { N: '15' } });
  });

  it('reports a failed condition as an AwsError with the modeled code', async () => {
    const r = await mcp.invoke('dynamodb', 'PutItem', {
      TableName: TABLE,
      Item: key(1),
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('AwsError');
    expect(r.data.error.message).toContain('ConditionalCheckFailedException');
    expect(r.data.error.details).toMatchObject({
      awsErrorCode: 'ConditionalCheckFailedException',
      httpStatus: 400,
      retryable: false,
      fault: 'client',
    });
    expect(r.data.error.details.requestId).toEqual(expect.any(String));
    expect(r.data.error.details.metadata.tx_id).toEqual(expect.any(String));
    txIds.push(r.data.error.details.metadata.tx_id);
  });

  it('serves concurrent calls on one connection, each with its own transaction', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        mcp.invoke('dynamodb', 'UpdateItem', {
          TableName: TABLE,
          Key: key(7),
          UpdateExpression: 'ADD hits :one',
          ExpressionAttributeValues: { ':one': { N: '1' } },
        }),
      ),
    );
    expect(results.filter((r) => r.isError)).toEqual([]);
    expect(new Set(results.map((r) => r.data.metadata.tx_id)).size).toBe(10);
    const got = await mcp.invoke('dynamodb', 'GetItem', {
      TableName: TABLE,
      Key: key(7),
      ConsistentRead: true,
    });
    expect(got.data.result.Item.hits).toEqual({ N: '10' });
  });

  it('writes and reads in batches (maps of lists of unions)', async () => {
    const items = [300, 301, 302].map((sk) => ({ ...key(sk), note: { S: `batch ${sk}` } }));
    const w = await mcp.invoke('dynamodb', 'BatchWriteItem', {
      RequestItems: { [TABLE]: items.map((Item) => ({ PutRequest: { Item } })) },
    });
    expect(w.isError, JSON.stringify(w.data)).toBe(false);
    expect(w.data.result.UnprocessedItems ?? {}).toEqual({});
    const g = await mcp.invoke('dynamodb', 'BatchGetItem', {
      RequestItems: { [TABLE]: { Keys: [key(300), key(302), key(999)], ProjectionExpression: 'sk, note' } },
    });
    expect(g.isError).toBe(false);
    const got = (g.data.result.Responses[TABLE] as Array<{ sk: { N: string }; note: { S: string } }>)
      .map((i) => [i.sk.N, i.note.S])
      .sort();
    expect(got).toEqual([
      ['300', 'batch 300'],
      ['302', 'batch 302'],
    ]);
  });

  it('deletes the table (destructive, auto-approved), then a TableNotExists wait ends at once', async () => {
    const r = await mcp.invoke('dynamodb', 'DeleteTable', { TableName: TABLE });
    expect(r.isError).toBe(false);
    expect(r.data.result.TableDescription).toMatchObject({ TableName: TABLE, TableStatus: 'DELETING' });
    expect(r.data.metadata.approval).toBe('auto-approve');
    txIds.push(r.data.metadata.tx_id);
    // dynalite drops the table just after answering; wait for that here rather than in the waiter,
    // whose 20 s minimum delay would only slow the suite down.
    let gone = await mcp.invoke('dynamodb', 'DescribeTable', { TableName: TABLE });
    for (let i = 0; i < 50 && !gone.isError; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      gone = await mcp.invoke('dynamodb', 'DescribeTable', { TableName: TABLE });
    }
    expect(gone.isError).toBe(true);
    expect(gone.data.error.details.awsErrorCode).toBe('ResourceNotFoundException');
    expect(gone.data.error.hint).toMatch(/not found/i);
    // The waiter defined on DescribeTable itself: ResourceNotFoundException is its success state.
    const wait = await mcp.invoke(
      'dynamodb',
      'DescribeTable',
      { TableName: TABLE },
      { waitFor: 'TableNotExists' },
    );
    expect(wait.isError, JSON.stringify(wait.data)).toBe(false);
    expect(wait.data.wait).toMatchObject({ state: 'success', waiter: 'TableNotExists', attempts: 1 });
  });

  it('leaves every call in the audit trail', async () => {
    const one = await mcp.audit('--tx', txIds[0]!);
    expect(one.map((e) => e.txId)).toEqual([txIds[0]]);
    const entries = await mcp.audit();
    const byTx = new Map(entries.map((e) => [e.txId, e]));
    for (const tx of txIds) expect(byTx.has(tx), `audit has ${tx}`).toBe(true);
    const [create, , scan, failed, del] = txIds.map((tx) => byTx.get(tx)!);
    expect(create).toMatchObject({ service: 'dynamodb', operation: 'CreateTable', status: 'succeeded' });
    expect(create!.ops.length).toBeGreaterThanOrEqual(2);
    expect(scan!.ops.length).toBeGreaterThanOrEqual(3);
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'ConditionalCheckFailedException' });
    expect(del).toMatchObject({ operation: 'DeleteTable', status: 'succeeded', risk: 'destructive' });
    expect(del!.approval.method).toBe('auto-approve');
  });
});

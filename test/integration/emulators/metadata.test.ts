// Issue 14: a plain success carries at most 100 characters of metadata (the tx_id, and the approval
// used when one was needed); everything else is in the audit record of that tx_id and comes back
// with options.metadata "full". The built server over stdio, against dynalite.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import { BUNDLE_MAIN_COMMIT } from '../../helpers/paths.js';
import { startDynalite, startMcpSession, type Emulator, type McpSession } from '../../helpers/emulators.js';

const TABLE = 'metadata-e2e';
const KEY = { pk: { S: 'a' } };
const metadataChars = (metadata: unknown) => JSON.stringify({ metadata }).length - 2;

describe('result metadata: short by default, full on request, all of it in the audit trail', () => {
  let emu: Emulator;
  let mcp: McpSession;

  beforeAll(async () => {
    requireBuild();
    emu = await startDynalite();
    mcp = await startMcpSession({ AWS_ENDPOINT_URL_DYNAMODB: emu.endpoint });
    const created = await mcp.invoke('dynamodb', 'CreateTable', {
      TableName: TABLE,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    expect(created.isError, JSON.stringify(created.data)).toBe(false);
    await mcp.invoke('dynamodb', 'PutItem', { TableName: TABLE, Item: { ...KEY, n: { N: '1' } } });
  });
  afterAll(async () => {
    await mcp?.close();
    await emu?.stop();
  });

  it('answers a plain read with only the tx_id, and keeps the rest in the audit record', async () => {
    const r = await mcp.invoke('dynamodb', 'GetItem', { TableName: TABLE, Key: KEY });
    expect(r.isError).toBe(false);
    expect(r.data.result.Item).toEqual({ ...KEY, n: { N: '1' } });
    expect(r.data.metadata).toEqual({ tx_id: expect.any(String) });
    expect(metadataChars(r.data.metadata)).toBeLessThanOrEqual(100);

    const [entry] = await mcp.audit('--tx', r.data.metadata.tx_id);
    expect(entry).toMatchObject({
      txId: r.data.metadata.tx_id,
      service: 'dynamodb',
      operation: 'GetItem',
      region: 'us-east-1',
      modelCommit: BUNDLE_MAIN_COMMIT,
      status: 'succeeded',
      httpStatus: 200,
      awsRequestId: expect.any(String),
      approval: { method: 'not-required' },
    });
    expect(entry!.ops).toHaveLength(1);
    expect(entry!.ops[0]).toMatchObject({
      kind: 'call',
      operation: 'dynamodb:GetItem',
      attempt: 1,
      httpStatus: 200,
      awsRequestId: entry!.awsRequestId,
      durationMs: expect.any(Number),
    });
  });

  it('returns the same details with options.metadata "full", matching the audit record', async () => {
    const r = await mcp.invoke('dynamodb', 'GetItem', { TableName: TABLE, Key: KEY }, { metadata: 'full' });
    expect(r.isError).toBe(false);
    const m = r.data.metadata;
    expect(m).toMatchObject({
      service: 'dynamodb',
      operation: 'GetItem',
      region: 'us-east-1',
      modelCommit: BUNDLE_MAIN_COMMIT,
      tx_id: expect.any(String),
      op_id: expect.any(String),
      requestId: expect.any(String),
      httpStatus: 200,
      attempts: 1,
      requests: 1,
      durationMs: expect.any(Number),
      approval: 'not-required',
    });
    const [entry] = await mcp.audit('--tx', m.tx_id);
    expect(entry).toMatchObject({
      awsRequestId: m.requestId,
      httpStatus: m.httpStatus,
      modelCommit: m.modelCommit,
    });
    expect(entry!.ops[0]).toMatchObject({ opId: m.op_id, attempt: m.attempts, durationMs: m.durationMs });
  });

  it('keeps the approval used in the short form (a destructive call, auto-approved here)', async () => {
    const r = await mcp.invoke('dynamodb', 'DeleteItem', { TableName: TABLE, Key: { pk: { S: 'none' } } });
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(r.data.metadata).toEqual({ tx_id: expect.any(String), approval: 'auto-approve' });
    expect(metadataChars(r.data.metadata)).toBeLessThanOrEqual(100);
  });

  it('keeps what the model acts on in an AWS error, with the call details on request', async () => {
    const r = await mcp.invoke('dynamodb', 'GetItem', { TableName: 'no-such-table', Key: KEY });
    expect(r.isError).toBe(true);
    expect(r.data.error).toMatchObject({
      code: 'AwsError',
      message: expect.stringContaining('ResourceNotFoundException'),
      details: { awsErrorCode: 'ResourceNotFoundException', httpStatus: 400, requestId: expect.any(String) },
    });
    expect(r.data.error.details.metadata).toEqual({ tx_id: expect.any(String) });
    const full = await mcp.invoke(
      'dynamodb',
      'GetItem',
      { TableName: 'no-such-table', Key: KEY },
      { metadata: 'full' },
    );
    expect(full.data.error.details.metadata).toMatchObject({
      tx_id: expect.any(String),
      service: 'dynamodb',
      operation: 'GetItem',
      attempts: 1,
      httpStatus: 400,
    });
    const [entry] = await mcp.audit('--tx', r.data.error.details.metadata.tx_id);
    expect(entry).toMatchObject({
      status: 'failed',
      httpStatus: 400,
      errorCode: 'ResourceNotFoundException',
    });
  });

  it('refuses an unknown metadata level with InvalidInput', async () => {
    const r = await mcp.invoke('dynamodb', 'GetItem', { TableName: TABLE, Key: KEY }, { metadata: 'all' });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('InvalidInput');
    expect(r.data.error.details.issues[0].path).toBe('options.metadata');
  });
});

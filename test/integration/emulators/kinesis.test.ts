// Kinesis (awsJson1_1) end to end: the built server over stdio, through aws_execute, against
// kinesalite on 127.0.0.1. The steps share one stream and run in order.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import { startKinesalite, startMcpSession, type Emulator, type McpSession } from '../../helpers/emulators.js';

const STREAM = 'events-e2e';
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('kinesis through aws_execute against kinesalite', () => {
  let emu: Emulator;
  let mcp: McpSession;
  const txIds: string[] = [];

  beforeAll(async () => {
    requireBuild();
    emu = await startKinesalite();
    mcp = await startMcpSession({ AWS_ENDPOINT_URL_KINESIS: emu.endpoint });
  });
  afterAll(async () => {
    await mcp?.close();
    await emu?.stop();
  });

  it('creates a stream and waits until it exists', async () => {
    const r = await mcp.invoke(
      'kinesis',
      'CreateStream',
      { StreamName: STREAM, ShardCount: 1 },
      { waitFor: 'StreamExists', metadata: 'full' },
    );
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(r.data.wait).toMatchObject({ state: 'success', waiter: 'StreamExists' });
    expect(r.data.metadata.requests).toBeGreaterThanOrEqual(2);
    const d = await mcp.invoke('kinesis', 'DescribeStream', { StreamName: STREAM });
    expect(d.data.result.StreamDescription).toMatchObject({ StreamName: STREAM, StreamStatus: 'ACTIVE' });
    expect(d.data.result.StreamDescription.Shards).toHaveLength(1);
    txIds.push(r.data.metadata.tx_id);
  });

  it('puts records with Data given as {text}', async () => {
    const one = await mcp.invoke('kinesis', 'PutRecord', {
      StreamName: STREAM,
      PartitionKey: 'p',
      Data: { text: 'first record' },
    });
    expect(one.isError).toBe(false);
    expect(one.data.result).toMatchObject({
      ShardId: 'shardId-000000000000',
      SequenceNumber: expect.any(String),
    });
    const many = await mcp.invoke('kinesis', 'PutRecords', {
      StreamName: STREAM,
      Records: [
        { PartitionKey: 'p', Data: { text: 'second' } },
        { PartitionKey: 'p', Data: { text: 'ünïcode 日本' } },
      ],
    });
    expect(many.isError).toBe(false);
    expect(many.data.result.FailedRecordCount).toBe(0);
    expect(many.data.result.Records).toHaveLength(2);
    txIds.push(one.data.metadata.tx_id, many.data.metadata.tx_id);
  });

  it('puts records with Data given as base64, bare (as in the AWS docs) or as {base64}', async () => {
    const one = await mcp.invoke('kinesis', 'PutRecord', {
      StreamName: STREAM,
      PartitionKey: 'p',
      Data: { base64: 'AAEC/w==' },
    });
    const many = await mcp.invoke('kinesis', 'PutRecords', {
      StreamName: STREAM,
      Records: [{ PartitionKey: 'p', Data: b64('binary two') }],
    });
    expect(one.isError, JSON.stringify(one.data)).toBe(false);
    expect(many.isError, JSON.stringify(many.data)).toBe(false);
    expect(many.data.result.FailedRecordCount).toBe(0);
  });

  it('reads the records back from a shard iterator, Data as base64', async () => {
    const it = await mcp.invoke('kinesis', 'GetShardIterator', {
      StreamName: STREAM,
      ShardId: 'shardId-000000000000',
      ShardIteratorType: 'TRIM_HORIZON',
    });
    expect(it.isError).toBe(false);
    expect(it.data.result.ShardIterator).toEqual(expect.any(String));
    const r = await mcp.invoke('kinesis', 'GetRecords', {
      ShardIterator: it.data.result.ShardIterator,
      Limit: 10,
    });
    expect(r.isError).toBe(false);
    const records = r.data.result.Records as Array<{ Data: { base64: string }; PartitionKey: string }>;
    // Blob outputs come back as { base64 } whatever their content.
    expect(records.map((x) => Buffer.from(x.Data.base64, 'base64').toString('utf8'))).toEqual([
      'first record',
      'second',
      'ünïcode 日本',
      '\u0000\u0001\u0002\ufffd',
      'binary two',
    ]);
    expect(records.every((x) => x.PartitionKey === 'p')).toBe(true);
    expect(r.data.result.NextShardIterator).toEqual(expect.any(String));
    expect(Date.parse(r.data.result.Records[0].ApproximateArrivalTimestamp)).not.toBeNaN();
  });

  it('reports an unknown stream as ResourceNotFoundException with a hint', async () => {
    const r = await mcp.invoke('kinesis', 'DescribeStream', { StreamName: 'no-such-stream' });
    expect(r.isError).toBe(true);
    expect(r.data.error.details).toMatchObject({
      awsErrorCode: 'ResourceNotFoundException',
      httpStatus: 400,
    });
    expect(r.data.error.hint).toMatch(/not found/i);
  });

  it('deletes the stream (destructive, auto-approved)', async () => {
    const r = await mcp.invoke('kinesis', 'DeleteStream', { StreamName: STREAM });
    expect(r.isError).toBe(false);
    expect(r.data.metadata.approval).toBe('auto-approve');
    txIds.push(r.data.metadata.tx_id);
    const list = await mcp.invoke('kinesis', 'ListStreams', {});
    expect(list.data.result.StreamNames ?? []).not.toContain(STREAM);
  });

  it('leaves every call in the audit trail', async () => {
    const entries = await mcp.audit();
    const byTx = new Map(entries.map((e) => [e.txId, e]));
    for (const tx of txIds) expect(byTx.get(tx)).toMatchObject({ service: 'kinesis', status: 'succeeded' });
    expect(byTx.get(txIds.at(-1)!)).toMatchObject({
      operation: 'DeleteStream',
      approval: { method: 'auto-approve' },
    });
  });
});

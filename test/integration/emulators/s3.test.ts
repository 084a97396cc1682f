// S3 (restXml) end to end: the built server over stdio, through aws_execute, against s3rver on
// 127.0.0.1 (path-style, since the endpoint is an IP). s3rver checks the access key: S3RVER.

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import { startMcpSession, startS3rver, type Emulator, type McpSession } from '../../helpers/emulators.js';

const BUCKET = 'photos-e2e';
const BINARY = Buffer.from([0, 1, 2, 0xff, 0x80, 0x81, 0xfe]);
const KEYS = {
  text: 'notes/hello.txt',
  binary: 'bin/data.bin',
  unicode: 'unicode/é ü 日本/a b+c&d=e.txt',
  deep: 'a/b/c/d/e/f.txt',
};

describe('s3 through aws_execute against s3rver', () => {
  let emu: Emulator;
  let mcp: McpSession;
  const txIds: string[] = [];

  beforeAll(async () => {
    requireBuild();
    emu = await startS3rver();
    mcp = await startMcpSession({
      AWS_ENDPOINT_URL_S3: emu.endpoint,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    });
  });
  afterAll(async () => {
    await mcp?.close();
    await emu?.stop();
  });

  it('creates a bucket', async () => {
    const r = await mcp.invoke(
      's3',
      'CreateBucket',
      { Bucket: BUCKET },
      { waitFor: 'BucketExists', metadata: 'full' },
    );
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    expect(r.data.wait).toMatchObject({ state: 'success', waiter: 'BucketExists' });
    expect(r.data.metadata.httpStatus).toBe(200);
    const list = await mcp.invoke('s3', 'ListBuckets', {});
    expect(list.data.result.Buckets.map((b: { Name: string }) => b.Name)).toContain(BUCKET);
    txIds.push(r.data.metadata.tx_id);
  });

  it('puts text, binary, unicode-and-space and slash-separated keys', async () => {
    const puts = [
      { Key: KEYS.text, Body: { text: 'hello world' }, ContentType: 'text/plain' },
      { Key: KEYS.binary, Body: BINARY.toString('base64') },
      { Key: KEYS.unicode, Body: { text: 'ünïcode body 🚀' } },
      { Key: KEYS.deep, Body: { text: 'deep' } },
      ...['p1', 'p2', 'p3', 'p4'].map((p) => ({ Key: `pages/${p}`, Body: { text: p } })),
    ];
    for (const put of puts) {
      const r = await mcp.invoke('s3', 'PutObject', { Bucket: BUCKET, ...put });
      expect(r.isError, `${put.Key}: ${JSON.stringify(r.data)}`).toBe(false);
      expect(r.data.result.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    }
  });

  it('refuses a plain-text body written as a bare string, telling the model to use {"text": ...}', async () => {
    const r = await mcp.invoke('s3', 'PutObject', { Bucket: BUCKET, Key: 'never.txt', Body: 'hello world' });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('ValidationError');
    expect(r.data.error.hint).toContain('{"text": "hello world"}');
    const head = await mcp.invoke('s3', 'HeadObject', { Bucket: BUCKET, Key: 'never.txt' });
    expect(head.isError).toBe(true);
  });

  it('round-trips keys with URL- and XML-special characters, and deletes them in one DeleteObjects', async () => {
    // Not here: "a/../b" and "//x" keys, which s3rver normalises or rejects for the official client too.
    const tricky = [
      'weird/100% #1?x=y&z~+.txt',
      'sp  ace/ tab\t.txt',
      `quote'"<>&.txt`,
      '~u/(x)[y]{z}!@$*,;:=.txt',
    ];
    for (const Key of tricky) {
      const put = await mcp.invoke('s3', 'PutObject', { Bucket: BUCKET, Key, Body: { text: `v:${Key}` } });
      expect(put.isError, `${Key}: ${JSON.stringify(put.data)}`).toBe(false);
      const get = await mcp.invoke('s3', 'GetObject', { Bucket: BUCKET, Key });
      expect(get.data.result.Body.text).toBe(`v:${Key}`);
    }
    const del = await mcp.invoke('s3', 'DeleteObjects', {
      Bucket: BUCKET,
      Delete: { Objects: tricky.map((Key) => ({ Key })), Quiet: false },
    });
    expect(del.isError, JSON.stringify(del.data)).toBe(false);
    expect(del.data.result.Deleted.map((d: { Key: string }) => d.Key).sort()).toEqual([...tricky].sort());
  });

  it('lists every key across pages with options.paginate and a small MaxKeys', async () => {
    const r = await mcp.invoke(
      's3',
      'ListObjectsV2',
      { Bucket: BUCKET, MaxKeys: 3 },
      { paginate: true, metadata: 'full' },
    );
    expect(r.isError, JSON.stringify(r.data)).toBe(false);
    const keys = r.data.result.Contents.map((c: { Key: string }) => c.Key);
    expect([...keys].sort()).toEqual(
      [
        KEYS.text,
        KEYS.binary,
        KEYS.unicode,
        KEYS.deep,
        'pages/p1',
        'pages/p2',
        'pages/p3',
        'pages/p4',
      ].sort(),
    );
    expect(r.data.metadata.pages).toBe(3);
    expect(r.data.metadata.op_ids).toHaveLength(3);
    const sizes = Object.fromEntries(
      r.data.result.Contents.map((c: { Key: string; Size: number }) => [c.Key, c.Size]),
    );
    expect(sizes[KEYS.binary]).toBe(BINARY.length);
    txIds.push(r.data.metadata.tx_id);
  });

  it('lists under a prefix with a delimiter exactly as the official client parses it', async () => {
    const input = { Bucket: BUCKET, Prefix: 'a/b/', Delimiter: '/' };
    const r = await mcp.invoke('s3', 'ListObjectsV2', input);
    expect(r.isError).toBe(false);
    const official = new S3Client({
      endpoint: emu.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    const { $metadata: _, ...expected } = await official.send(new ListObjectsV2Command(input));
    official.destroy();
    expect(r.data.result).toEqual(JSON.parse(JSON.stringify(expected)));
    // s3rver omits CommonPrefixes for nested "directories" (the official client sees the same).
    expect(r.data.result).toMatchObject({ Prefix: 'a/b/', Delimiter: '/', KeyCount: 0 });
  });

  it('gets text back as text and binary back as base64, with sizes', async () => {
    const text = await mcp.invoke('s3', 'GetObject', { Bucket: BUCKET, Key: KEYS.text });
    expect(text.isError).toBe(false);
    expect(text.data.result.Body).toEqual({ text: 'hello world', size: 11, truncated: false });
    expect(text.data.result).toMatchObject({ ContentType: 'text/plain', ContentLength: 11 });

    const bin = await mcp.invoke('s3', 'GetObject', { Bucket: BUCKET, Key: KEYS.binary });
    expect(bin.isError).toBe(false);
    expect(bin.data.result.Body).toEqual({
      base64: BINARY.toString('base64'),
      size: BINARY.length,
      truncated: false,
    });

    const uni = await mcp.invoke('s3', 'GetObject', { Bucket: BUCKET, Key: KEYS.unicode });
    expect(uni.isError).toBe(false);
    expect(uni.data.result.Body.text).toBe('ünïcode body 🚀');
    expect(uni.data.result.Body.size).toBe(Buffer.byteLength('ünïcode body 🚀'));

    const deep = await mcp.invoke('s3', 'GetObject', { Bucket: BUCKET, Key: KEYS.deep });
    expect(deep.data.result.Body.text).toBe('deep');
    txIds.push(bin.data.metadata.tx_id);
  });

  it('caps a large download, reporting the full size and truncation', async () => {
    const big = Buffer.alloc(1536 * 1024, 0xff);
    const put = await mcp.invoke(
      's3',
      'PutObject',
      { Bucket: BUCKET, Key: 'big/blob.bin', Body: { base64: big.toString('base64') } },
      { waitFor: 'ObjectExists' },
    );
    expect(put.isError, JSON.stringify(put.data).slice(0, 500)).toBe(false);
    expect(put.data.wait).toMatchObject({ state: 'success', waiter: 'ObjectExists' });
    const head = await mcp.invoke('s3', 'HeadObject', { Bucket: BUCKET, Key: 'big/blob.bin' });
    expect(head.data.result.ContentLength).toBe(big.length);
    const get = await mcp.invoke('s3', 'GetObject', { Bucket: BUCKET, Key: 'big/blob.bin' });
    expect(get.isError).toBe(false);
    expect(get.data.result.Body).toMatchObject({ size: big.length, truncated: true });
    expect(get.data.result.Body.base64.length).toBeLessThan(big.toString('base64').length);
    const range = await mcp.invoke('s3', 'GetObject', {
      Bucket: BUCKET,
      Key: 'big/blob.bin',
      Range: 'bytes=0-9',
    });
    expect(range.data.result.Body).toEqual({
      base64: big.subarray(0, 10).toString('base64'),
      size: 10,
      truncated: false,
    });
    expect(range.data.result.ContentRange).toBe(`bytes 0-9/${big.length}`);
    const del = await mcp.invoke('s3', 'DeleteObject', { Bucket: BUCKET, Key: 'big/blob.bin' });
    expect(del.isError).toBe(false);
  });

  it('heads an object, and reports a missing one as NotFound', async () => {
    const r = await mcp.invoke('s3', 'HeadObject', { Bucket: BUCKET, Key: KEYS.unicode });
    expect(r.isError).toBe(false);
    expect(r.data.result.ContentLength).toBe(Buffer.byteLength('ünïcode body 🚀'));
    expect(r.data.result.Body).toBeUndefined();
    const missing = await mcp.invoke('s3', 'HeadObject', { Bucket: BUCKET, Key: 'no/such key' });
    expect(missing.isError).toBe(true);
    expect(missing.data.error.details).toMatchObject({ awsErrorCode: 'NotFound', httpStatus: 404 });
    const get = await mcp.invoke('s3', 'GetObject', { Bucket: BUCKET, Key: 'no/such key' });
    expect(get.data.error.details).toMatchObject({ awsErrorCode: 'NoSuchKey', httpStatus: 404 });
    expect(get.data.error.hint).toMatch(/not found/i);
  });

  it('deletes one object, then the rest in one DeleteObjects, then the bucket', async () => {
    const one = await mcp.invoke('s3', 'DeleteObject', { Bucket: BUCKET, Key: KEYS.text });
    expect(one.isError).toBe(false);
    // The approval used is in the short metadata too: the model acts on it.
    expect(one.data.metadata).toEqual({ tx_id: expect.any(String), approval: 'auto-approve' });

    const notEmpty = await mcp.invoke('s3', 'DeleteBucket', { Bucket: BUCKET });
    expect(notEmpty.isError).toBe(true);
    expect(notEmpty.data.error.details).toMatchObject({ awsErrorCode: 'BucketNotEmpty', httpStatus: 409 });

    const rest = [KEYS.binary, KEYS.unicode, KEYS.deep, 'pages/p1', 'pages/p2', 'pages/p3', 'pages/p4'];
    const many = await mcp.invoke('s3', 'DeleteObjects', {
      Bucket: BUCKET,
      Delete: { Objects: rest.map((Key) => ({ Key })) },
    });
    expect(many.isError, JSON.stringify(many.data)).toBe(false);
    expect(many.data.result.Deleted.map((d: { Key: string }) => d.Key).sort()).toEqual([...rest].sort());
    expect(many.data.result.Errors ?? []).toEqual([]);

    const bucket = await mcp.invoke('s3', 'DeleteBucket', { Bucket: BUCKET }, { metadata: 'full' });
    expect(bucket.isError, JSON.stringify(bucket.data)).toBe(false);
    expect(bucket.data.metadata.httpStatus).toBe(204);
    const gone = await mcp.invoke('s3', 'ListObjectsV2', { Bucket: BUCKET });
    expect(gone.data.error.details.awsErrorCode).toBe('NoSuchBucket');
    txIds.push(many.data.metadata.tx_id, bucket.data.metadata.tx_id);
  });

  it('leaves every call in the audit trail', async () => {
    const entries = await mcp.audit();
    const byTx = new Map(entries.map((e) => [e.txId, e]));
    for (const tx of txIds) expect(byTx.get(tx)).toMatchObject({ service: 's3', status: 'succeeded' });
    expect(byTx.get(txIds[1]!)!.ops).toHaveLength(3);
    expect(byTx.get(txIds.at(-1)!)).toMatchObject({ operation: 'DeleteBucket', request: { Bucket: BUCKET } });
    expect(entries.some((e) => e.operation === 'DeleteBucket' && e.errorCode === 'BucketNotEmpty')).toBe(
      true,
    );
  });
});

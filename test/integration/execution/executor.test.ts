// invokeOperation end to end against a local HTTP listener playing the service: outputs, modeled
// and unmodeled errors, retries (5xx, throttling, network), idempotency tokens that survive
// retries, streaming payload limits, cancellation.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { discoverEndpoint, requiresDiscovery } from '../../../src/execution/endpoint-discovery.js';
import { invokeOperation } from '../../../src/execution/executor.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import type { InvokeArgs } from '../../../src/execution/types.js';
import { startCaptureServer, type CannedResponse, type CaptureServer } from '../../helpers/capture.js';
import { loadServiceModel } from '../../helpers/capture-models.js';
import { createCallEnvironment } from '../../../src/execution/environment.js';

/** One transport, clock and clock skew for every call of this file, as a server has. */
const env = createCallEnvironment();

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

let server: CaptureServer;
let script: CannedResponse[] = [];

beforeAll(async () => {
  server = await startCaptureServer(() => script.shift() ?? { status: 500, body: '{}' });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.take();
  script = [];
});

function call(
  modelDir: string,
  operation: string,
  input: Record<string, unknown>,
  extra: Partial<InvokeArgs> = {},
) {
  const model = loadServiceModel(modelDir);
  return invokeOperation({
    env,
    model,
    op: model.operation(operation)!,
    input,
    region: 'us-east-1',
    credentials: CREDENTIALS,
    endpointUrl: server.url,
    random: () => 0, // no backoff wait in tests
    ...extra,
  });
}

const json10 = { 'content-type': 'application/x-amz-json-1.0' };

describe('invokeOperation', () => {
  it('returns the parsed output with status, request id and one attempt', async () => {
    script = [
      { status: 200, headers: { ...json10, 'x-amzn-requestid': 'r-1' }, body: '{"TableNames":["a","b"]}' },
    ];
    const outcome = await call('dynamodb', 'ListTables', { Limit: 5 });
    expect(outcome).toMatchObject({
      ok: true,
      output: { TableNames: ['a', 'b'] },
      httpStatus: 200,
      requestId: 'r-1',
    });
    expect(outcome.attempts).toBe(1);
    expect(JSON.parse(server.take()[0]!.body.toString())).toEqual({ Limit: 5 });
  });

  it('maps a modeled error to its shape name, fault and members, without retrying', async () => {
    script = [
      {
        status: 400,
        headers: { ...json10, 'x-amzn-requestid': 'r-2' },
        body: '{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"nope","Item":{"pk":{"S":"a"}}}',
      },
    ];
    const outcome = await call('dynamodb', 'PutItem', { TableName: 't', Item: { pk: { S: 'a' } } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({
      code: 'ConditionalCheckFailedException',
      message: 'nope',
      httpStatus: 400,
      requestId: 'r-2',
      fault: 'client',
      modeled: true,
      retryable: false,
      details: { Item: { pk: { S: 'a' } } },
    });
    expect(outcome.attempts).toBe(1);
  });

  it('retries 5xx and succeeds on the next attempt', async () => {
    script = [
      { status: 503, headers: json10, body: '{"__type":"ServiceUnavailable","message":"busy"}' },
      { status: 200, headers: json10, body: '{"TableNames":[]}' },
    ];
    const outcome = await call('dynamodb', 'ListTables', {});
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
  });

  it('retries a 502 whose body is not a service error (a proxy page)', async () => {
    script = [
      {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: '<html><body>Bad Gateway</body></html>',
      },
      { status: 200, headers: json10, body: '{"TableNames":[]}' },
    ];
    const outcome = await call('dynamodb', 'ListTables', {});
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    script = [{ status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad Gateway</html>' }];
    const failed = await call('dynamodb', 'ListTables', {}, { maxAttempts: 1 });
    expect(failed).toMatchObject({ ok: false, error: { code: 'Http502', httpStatus: 502, retryable: true } });
  });

  it('gives up on throttling after maxAttempts and says it was retryable', async () => {
    const throttled = {
      status: 400,
      headers: json10,
      body: '{"__type":"ThrottlingException","message":"slow down"}',
    };
    script = [throttled, throttled, throttled, throttled];
    const outcome = await call('dynamodb', 'ListTables', {}, { maxAttempts: 3 });
    expect(outcome).toMatchObject({
      ok: false,
      attempts: 3,
      error: { code: 'ThrottlingException', retryable: true },
    });
    expect(server.take()).toHaveLength(3);
  });

  it('sends the same idempotency token on every attempt', async () => {
    script = [
      { status: 500, headers: json10, body: '{"__type":"InternalServerError","message":"x"}' },
      { status: 200, headers: json10, body: '{}' },
    ];
    const outcome = await call('dynamodb', 'TransactWriteItems', {
      TransactItems: [
        { ConditionCheck: { TableName: 't', Key: { pk: { S: 'a' } }, ConditionExpression: 'a' } },
      ],
    });
    expect(outcome.ok).toBe(true);
    const tokens = server.take().map((r) => JSON.parse(r.body.toString()).ClientRequestToken as string);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[1]).toBe(tokens[0]);
  });

  it('keeps a caller-provided idempotency token', async () => {
    script = [{ status: 200, headers: json10, body: '{}' }];
    await call('dynamodb', 'TransactWriteItems', { TransactItems: [], ClientRequestToken: 'mine' });
    expect(JSON.parse(server.take()[0]!.body.toString()).ClientRequestToken).toBe('mine');
  });

  it('reads a streaming payload up to the limit and reports truncation', async () => {
    script = [{ status: 200, headers: { 'content-type': 'text/plain' }, body: 'hello world, long body' }];
    const outcome = await call('s3', 'GetObject', { Bucket: 'b', Key: 'k' }, { maxStreamBytes: 5 });
    expect(outcome).toMatchObject({
      ok: true,
      output: { Body: { text: 'hello', size: 22, truncated: true } },
    });
  });

  it('returns a binary payload as base64', async () => {
    const bytes = Buffer.from([0, 1, 2, 255]);
    script = [{ status: 200, headers: { 'content-type': 'application/octet-stream' }, body: bytes }];
    const outcome = await call('s3', 'GetObject', { Bucket: 'b', Key: 'k' });
    expect(outcome).toMatchObject({
      ok: true,
      output: { Body: { base64: bytes.toString('base64'), truncated: false } },
    });
  });

  it('reports an unmodeled S3 error with its code and request id', async () => {
    script = [
      {
        status: 403,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': 'r-3' },
        body: '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>r-3</RequestId></Error>',
      },
    ];
    const outcome = await call('s3', 'ListObjectsV2', { Bucket: 'b' });
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'AccessDenied',
        message: 'Access Denied',
        httpStatus: 403,
        requestId: 'r-3',
        retryable: false,
      },
    });
  });

  it('treats an S3 200 response carrying <Error> as a retryable failure', async () => {
    const error200 = {
      status: 200,
      headers: { 'content-type': 'application/xml' },
      body: '<?xml version="1.0"?>\n<Error><Code>InternalError</Code><Message>We encountered an internal error</Message></Error>',
    };
    script = [error200, error200];
    const outcome = await call(
      's3',
      'CopyObject',
      { Bucket: 'b', Key: 'k', CopySource: 'src/k' },
      { maxAttempts: 2 },
    );
    expect(outcome).toMatchObject({
      ok: false,
      attempts: 2,
      error: { code: 'InternalError', retryable: true },
    });
  });

  it('treats an empty 200 from CompleteMultipartUpload as an aborted request', async () => {
    script = [{ status: 200, headers: { 'content-type': 'application/xml' }, body: '' }];
    const outcome = await call(
      's3',
      'CompleteMultipartUpload',
      { Bucket: 'b', Key: 'k', UploadId: 'u' },
      { maxAttempts: 1 },
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'InternalError', retryable: true } });
  });

  it('follows an S3 region redirect once, re-signing for the bucket region', async () => {
    script = [
      {
        status: 301,
        headers: { 'content-type': 'application/xml', 'x-amz-bucket-region': 'eu-west-1' },
        body: '<Error><Code>PermanentRedirect</Code><Message>wrong region</Message></Error>',
      },
      {
        status: 200,
        headers: { 'content-type': 'application/xml' },
        body: '<ListBucketResult><Name>b</Name></ListBucketResult>',
      },
    ];
    const outcome = await call('s3', 'ListObjectsV2', { Bucket: 'b' }, { maxAttempts: 1 });
    expect(outcome).toMatchObject({ ok: true, attempts: 2, output: { Name: 'b' } });
    const [first, second] = server.take();
    expect(first!.headers.authorization).toContain('/us-east-1/s3/');
    expect(second!.headers.authorization).toContain('/eu-west-1/s3/');
  });

  it('fails with NetworkError when nothing listens, after the allowed attempts', async () => {
    const dead = await startCaptureServer();
    const url = dead.url;
    await dead.close();
    const err = await call('dynamodb', 'ListTables', {}, { endpointUrl: url, maxAttempts: 2 }).catch(
      (e: unknown) => e,
    );
    expect(isToolError(err)).toBe(true);
    expect(err).toMatchObject({ code: 'NetworkError', details: { code: 'ECONNREFUSED' } });
  });

  it('retries a response cut mid-body, then reports a NetworkError', async () => {
    // A raw server: headers promise 100 bytes, 14 arrive, then the socket is destroyed.
    const { createServer } = await import('node:http');
    let requests = 0;
    const raw = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'content-length': '100' });
      res.write('{"TableNames":');
      setTimeout(() => res.destroy(), 20);
    });
    await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(raw.address() as { port: number }).port}`;
    try {
      const err = await call('dynamodb', 'ListTables', {}, { endpointUrl: url, maxAttempts: 2 }).catch(
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'NetworkError', details: { code: 'ECONNRESET' } });
      expect(requests).toBe(2);
    } finally {
      raw.closeAllConnections();
      raw.close();
    }
  });

  it('rejects input that cannot be encoded with InvalidInput naming the member', async () => {
    const err = await call('sts', 'GetFederationToken', { Name: 'n', Tags: 'not-a-list' }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'InvalidInput', details: { path: 'Tags' } });
  });

  it('stops when the caller aborts', async () => {
    script = [{ status: 503, headers: json10, body: '{}' }];
    const controller = new AbortController();
    const pending = call(
      'dynamodb',
      'ListTables',
      {},
      { signal: controller.signal, random: () => 0.99, maxAttempts: 5 },
    );
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'Timeout' });
  });
});

describe('endpoint discovery (Timestream)', () => {
  const json10 = { 'content-type': 'application/x-amz-json-1.0' };

  it('applies only to operations that require it', () => {
    const ts = loadServiceModel('timestream-write');
    expect(requiresDiscovery(ts, ts.operation('ListDatabases')!)).toBe(true);
    expect(requiresDiscovery(ts, ts.operation('DescribeEndpoints')!)).toBe(false);
    const ddb = loadServiceModel('dynamodb');
    expect(requiresDiscovery(ddb, ddb.operation('GetItem')!)).toBe(false);
  });

  it('asks DescribeEndpoints once and caches the address for its period', async () => {
    const ts = loadServiceModel('timestream-write');
    const args: InvokeArgs = {
      model: ts,
      op: ts.operation('ListDatabases')!,
      input: {},
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDDISCOVERY', secretAccessKey: 's' },
      endpointUrl: server.url,
      env: createCallEnvironment(),
    };
    script = [
      {
        status: 200,
        headers: json10,
        body: '{"Endpoints":[{"Address":"ingest-cell2.timestream.us-east-1.amazonaws.com","CachePeriodInMinutes":10}]}',
      },
      {
        status: 200,
        headers: json10,
        body: '{"Endpoints":[{"Address":"ingest-cell3.example","CachePeriodInMinutes":10}]}',
      },
    ];
    let clock = 1_000_000;
    const now = (): number => clock;
    const first = await discoverEndpoint(args, invokeOperation, now);
    expect(first).toBe('https://ingest-cell2.timestream.us-east-1.amazonaws.com');
    expect(JSON.parse(server.take()[0]!.body.toString())).toEqual({});
    expect(await discoverEndpoint(args, invokeOperation, now)).toBe(first);
    expect(server.take()).toHaveLength(0);
    clock += 11 * 60_000;
    expect(await discoverEndpoint(args, invokeOperation, now)).toBe('https://ingest-cell3.example');
  });
});

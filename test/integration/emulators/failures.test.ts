// What the agent sees when the wire misbehaves, through the built server over stdio: an endpoint
// nobody listens on, a 5xx storm, throttling, and malformed or cut-off bodies, answered by a tiny
// HTTP peer on 127.0.0.1 speaking DynamoDB's awsJson1_0. AWS_MAX_ATTEMPTS=2 bounds the retries.

import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../helpers/server-env.js';
import {
  closedEndpoint,
  startMcpSession,
  startScriptedServer,
  type McpSession,
  type ScriptedServer,
  type ToolOutcome,
} from '../../helpers/emulators.js';

type Behaviour = (res: http.ServerResponse, n: number) => void;

const json =
  (status: number, body: string): Behaviour =>
  (res, n) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `req-${n}` });
    res.end(body);
  };

const OK = json(200, '{"TableNames":["orders"]}');
const THROTTLED = json(
  400,
  '{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"Rate of requests exceeds the allowed throughput."}',
);

describe('network and wire failures through aws_execute', () => {
  let peer: ScriptedServer;
  let closed: string;
  let mcp: McpSession;
  let behaviour: Behaviour = OK;
  let lastAuthorization = '';
  const failedTx: Record<string, string> = {};

  beforeAll(async () => {
    requireBuild();
    peer = await startScriptedServer((req, res, _body, n) => {
      lastAuthorization = req.headers.authorization ?? '';
      behaviour(res, n);
    });
    closed = await closedEndpoint();
    mcp = await startMcpSession({
      AWS_ENDPOINT_URL_DYNAMODB: peer.endpoint,
      AWS_ENDPOINT_URL_KINESIS: closed,
      AWS_MAX_ATTEMPTS: '2',
    });
  });
  afterAll(async () => {
    await mcp?.close();
    await peer?.stop();
  });

  /** ListTables against the peer behaving as told; also how many requests it received. */
  async function listTables(b: Behaviour): Promise<ToolOutcome & { requests: number }> {
    behaviour = b;
    const before = peer.requests();
    // Full metadata: these tests check the attempts and request ids it reports.
    const r = await mcp.invoke('dynamodb', 'ListTables', {}, { metadata: 'full' });
    return { ...r, requests: peer.requests() - before };
  }

  it('reports a closed port as a NetworkError after the allowed attempts, and keeps serving', async () => {
    const r = await mcp.invoke('kinesis', 'ListStreams', {});
    expect(r.isError).toBe(true);
    expect(r.data.error).toMatchObject({ code: 'NetworkError', details: { code: 'ECONNREFUSED' } });
    expect(r.data.error.message).toContain('after 2 attempt(s)');
    expect(r.data.error.hint).toMatch(/connectivity|endpoint/i);
    expect(JSON.stringify(r.data.error)).not.toMatch(/\n\s+at /); // no stack trace
    failedTx.network = r.data.error.details.metadata.tx_id;

    const next = await listTables(OK);
    expect(next.isError).toBe(false);
    expect(next.data.result).toEqual({ TableNames: ['orders'] });
    expect(next.data.metadata).toMatchObject({ attempts: 1, requestId: `req-${peer.requests()}` });
  });

  it('retries a 5xx storm a bounded number of times, then returns a retryable AwsError', async () => {
    const r = await listTables((res, n) => json(n % 2 ? 500 : 503, '')(res, n));
    expect(r.requests).toBe(2);
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('AwsError');
    expect(r.data.error.details).toMatchObject({ retryable: true, fault: 'server' });
    expect([500, 503]).toContain(r.data.error.details.httpStatus);
    expect(r.data.error.details.requestId).toBe(`req-${peer.requests()}`);
    failedTx.storm = r.data.error.details.metadata.tx_id;
    expect(r.data.error.details.metadata.attempts).toBe(2);
    expect(r.data.error.hint).toMatch(/failed on its side/);
  });

  it('recovers when a 503 is followed by a success, reporting two attempts', async () => {
    let first = true;
    const r = await listTables((res, n) => {
      (first ? json(503, '{"__type":"ServiceUnavailable","message":"try later"}') : OK)(res, n);
      first = false;
    });
    expect(r.isError).toBe(false);
    expect(r.requests).toBe(2);
    expect(r.data.metadata.attempts).toBe(2);
    expect(r.data.result.TableNames).toEqual(['orders']);
  });

  it('retries throttling, then returns a retryable AwsError with a hint', async () => {
    const r = await listTables(THROTTLED);
    expect(r.requests).toBe(2);
    expect(r.isError).toBe(true);
    expect(r.data.error.details).toMatchObject({
      awsErrorCode: 'ThrottlingException',
      httpStatus: 400,
      retryable: true,
    });
    expect(r.data.error.message).toContain('Rate of requests exceeds');
    expect(r.data.error.hint).toMatch(/throttl/i);
    failedTx.throttled = r.data.error.details.metadata.tx_id;
  });

  it('turns a truncated JSON body into a structured error, not a crash', async () => {
    const r = await listTables(json(200, '{"TableNames":["orders",'));
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('AwsError');
    expect(r.data.error.message).toMatch(/could not be parsed/);
    expect(r.data.error.details.httpStatus).toBe(200);
    // A complete but malformed body is not retried (the official client does not either).
    expect(r.requests).toBe(1);
  });

  it('turns an HTML page where JSON was expected into a structured error', async () => {
    const r = await listTables((res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>proxy error</body></html>');
    });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('AwsError');
    expect(r.data.error.message).toMatch(/could not be parsed/);
  });

  it('retries a connection cut mid-body, then reports a NetworkError', async () => {
    const cut: Behaviour = (res) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'content-length': '100' });
      res.write('{"TableNames":');
      setTimeout(() => res.destroy(), 20);
    };
    const r = await listTables(cut);
    expect(r.isError).toBe(true);
    expect(r.requests).toBe(2);
    expect(r.data.error.code).toBe('NetworkError');
  });

  it('still serves after all of that', async () => {
    const r = await listTables(OK);
    expect(r.isError).toBe(false);
    expect(r.data.result.TableNames).toEqual(['orders']);
  });

  it('signs for the region the call names, and refuses a region that does not exist', async () => {
    behaviour = OK;
    const eu = await mcp.invoke('dynamodb', 'ListTables', {}, { metadata: 'full' }, 'eu-west-1');
    expect(eu.isError).toBe(false);
    expect(eu.data.metadata.region).toBe('eu-west-1');
    expect(lastAuthorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request,/,
    );
    const before = peer.requests();
    const bad = await mcp.invoke('dynamodb', 'ListTables', {}, undefined, 'xx-nowhere-1');
    expect(bad.isError).toBe(true);
    expect(bad.data.error.code).toBe('InvalidRegion');
    expect(bad.data.error.hint).toEqual(expect.any(String));
    expect(peer.requests()).toBe(before);
  });

  it('audits each failure with its attempts', async () => {
    const entries = await mcp.audit();
    const byTx = new Map(entries.map((e) => [e.txId, e]));
    expect(byTx.get(failedTx.network!)).toMatchObject({
      service: 'kinesis',
      operation: 'ListStreams',
      status: 'failed',
      errorCode: 'NetworkError',
    });
    const storm = byTx.get(failedTx.storm!)!;
    expect(storm).toMatchObject({ operation: 'ListTables', status: 'failed' });
    expect(storm.ops).toHaveLength(1);
    expect(storm.ops[0].attempt).toBe(2);
    const throttled = byTx.get(failedTx.throttled!)!;
    expect(throttled).toMatchObject({ status: 'failed', errorCode: 'ThrottlingException', httpStatus: 400 });
    expect(throttled.ops[0].attempt).toBe(2);
    expect(
      entries.filter((e) => e.operation === 'ListTables' && e.status === 'succeeded').length,
    ).toBeGreaterThanOrEqual(3);
  });
});

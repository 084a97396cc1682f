// Running behind a load balancer, as a user runs it (`serve --http`): the probes answer whatever
// Host the balancer sends, and SIGTERM lets a running call finish (its answer arrives, the audit
// holds it), refuses new requests, and exits 0; past the grace period the call is cancelled and
// audited as such. Slow calls are AWS requests the stand-in holds until the test releases them.

import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHeldAws, type HeldAws } from '../helpers/held-aws.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectClient, type ClientKind } from '../helpers/mcp-clients.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

const INVOKE = { action: 'invoke', service: 'sts', operation: 'GetCallerIdentity', payload: {} };

let aws: HeldAws | undefined;
let server: HttpServerProcess | undefined;

beforeAll(() => requireBuild());
afterEach(async () => {
  server?.stop();
  await aws?.close();
  server = aws = undefined;
});

function exitCode(s: HttpServerProcess): Promise<number | null> {
  if (s.child.exitCode !== null) return Promise.resolve(s.child.exitCode);
  return new Promise((resolve) => s.child.once('exit', (code) => resolve(code)));
}

function logged(s: HttpServerProcess, msg: string): Promise<void> {
  const seen = () => s.stderr().includes(`"msg":"${msg}"`);
  if (seen()) return Promise.resolve();
  return new Promise((resolve) => {
    const onData = () => seen() && (s.child.stderr!.off('data', onData), resolve());
    s.child.stderr!.on('data', onData);
  });
}

async function auditOf(env: Record<string, string>, txId: string): Promise<any> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'audit', '--json', '--tx', txId], {
    env,
  });
  return JSON.parse(stdout.trim().split('\n')[0]!);
}

/** A GET with an explicit Host header (fetch does not let a caller set one). */
function get(url: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, url), { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

async function startWithHeldAws(extra: Record<string, string> = {}) {
  aws = await startHeldAws();
  const env = serverEnv({ AWS_ENDPOINT_URL: aws.url, ...extra });
  server = await startHttpServer(env);
  return { env, server, aws };
}

describe('health probes', () => {
  it('answer the Host a load balancer sends (the instance IP) with a status and nothing more', async () => {
    const { server } = await startWithHeldAws();
    const health = await get(server.url, '/healthz', '10.0.3.7:3000');
    expect(health).toEqual({ status: 200, body: '{"status":"ok"}' });
    // The MCP endpoint itself stays behind the Host check (DNS rebinding).
    expect((await get(server.url, '/mcp', '10.0.3.7:3000')).status).toBe(403);
    let ready = await get(server.url, '/readyz', '10.0.3.7');
    // Before the models are open the instance says why it is not ready; then it is.
    while (ready.status === 503) {
      expect(JSON.parse(ready.body)).toEqual({ status: 'not-ready', reason: 'models-loading' });
      await new Promise((r) => setTimeout(r, 100));
      ready = await get(server.url, '/readyz', '10.0.3.7');
    }
    expect(ready).toEqual({ status: 200, body: '{"status":"ready"}' });
  });
});

describe.each(['v2-modern', 'v2-legacy', 'v1'] as const)(
  'SIGTERM with a call running (%s)',
  (kind: ClientKind) => {
    it('lets the call finish and answer, refuses new requests, audits the call and exits 0', async () => {
      const { env, server, aws } = await startWithHeldAws();
      const client = await connectClient(kind, { http: server.url });
      const call = client.call('aws_execute', INVOKE);
      await aws.arrived(1);
      server.child.kill('SIGTERM');
      await logged(server, 'shutting down');
      // The listener is closed: a new request (a new connection) is refused.
      await expect(fetch(server.url.replace('/mcp', '/readyz'))).rejects.toThrow();
      aws.release();
      const result = await call;
      expect(result.isError).toBe(false);
      expect(result.data.result.Account).toBe('123456789012');
      expect(await exitCode(server)).toBe(0);
      await client.close().catch(() => undefined);
      const record = await auditOf(env, result.data.metadata.tx_id);
      expect(record).toMatchObject({ status: 'succeeded', operation: 'GetCallerIdentity' });
    });
  },
);

describe('SIGTERM past the grace period', () => {
  it('cancels the running call, answers it, audits it as cancelled and exits 0', async () => {
    const { env, server, aws } = await startWithHeldAws({ AWS_MCP_SHUTDOWN_GRACE_SECONDS: '1' });
    const client = await connectClient('v2-modern', { http: server.url });
    const call = client.call('aws_execute', INVOKE);
    await aws.arrived(1);
    server.child.kill('SIGTERM');
    const result = await call; // never released: the grace period ends it
    expect(result.isError).toBe(true);
    expect(await exitCode(server)).toBe(0);
    await client.close().catch(() => undefined);
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'audit', '--json'], { env });
    const records = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'cancelled', operation: 'GetCallerIdentity' });
  });
});

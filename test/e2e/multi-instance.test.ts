// Two server processes (`serve --http` on loopback) sharing one real PostgreSQL, behind a small
// round-robin proxy: a confirmation token redeems exactly once across instances, an out-of-band
// approval granted from one side releases the call on the other, and while the database is down
// calls are refused with StateUnavailable and never run without their record, then service
// resumes by itself.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectClient, type TestClient } from '../helpers/mcp-clients.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let db: TestPostgres;
let capture: CaptureServer;
let env: Record<string, string>;
const instances: HttpServerProcess[] = [];
let proxy: http.Server;
let proxyUrl: string;

/** Forwards each request to the next instance in turn, streaming both ways. */
function roundRobin(targets: readonly string[]): http.Server {
  let next = 0;
  return http.createServer((req, res) => {
    const target = new URL(req.url ?? '/', targets[next++ % targets.length]);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

beforeAll(async () => {
  requireBuild();
  db = await startPostgres();
  const databaseUrl = await db.createDatabase('instances');
  capture = await startCaptureServer(() => ({
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: '{}',
  }));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'multi-instance-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    'version: 1\nmode: standard\napproval:\n  mode: out-of-band\n  require_for: [destructive]\n',
  );
  // One approval key file for both (beside one AUDIT_DB_PATH), as a deployment would mount it.
  env = serverEnv({
    POLICY_PATH: policy,
    AWS_ENDPOINT_URL_DYNAMODB: capture.url,
    AWS_MCP_DATABASE_URL: databaseUrl,
    AUDIT_DB_PATH: path.join(dir, 'audit.db'),
  });
  instances.push(...(await Promise.all([startHttpServer(env), startHttpServer(env)])));
  proxy = roundRobin(instances.map((i) => i.url));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/mcp`;
});

afterAll(async () => {
  for (const i of instances) i.stop();
  proxy?.close();
  await capture?.close();
  await db?.destroy();
});

const deleteTable = (client: TestClient, table: string, token?: string) =>
  client.call('aws_execute', {
    action: 'invoke',
    service: 'dynamodb',
    operation: 'DeleteTable',
    payload: { TableName: table },
    ...(token ? { options: { confirmationToken: token } } : {}),
  });

async function requestApproval(
  client: TestClient,
  table: string,
): Promise<{ token: string; approvalId: string }> {
  const r = await deleteTable(client, table);
  expect(r.data.error?.code, JSON.stringify(r.data)).toBe('ConfirmationRequired');
  return { token: r.data.error.details.confirmationToken, approvalId: r.data.error.details.approvalId };
}

function approveFromTerminal(approvalId: string): void {
  const run = spawnSync(process.execPath, [BIN, 'approve', approvalId], { env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

const deletesOf = (table: string) =>
  capture.requests.filter(
    (r) => r.headers['x-amz-target']?.endsWith('DeleteTable') && r.body.toString().includes(table),
  );

describe('two instances, one PostgreSQL', () => {
  it('an approval granted out of band releases the call on the other instance', async () => {
    const [onA, onB] = await Promise.all(
      instances.map((i) => connectClient('v2-modern', { http: `${i.url}` })),
    );
    try {
      const { token, approvalId } = await requestApproval(onA!, 'released');
      const waiting = await deleteTable(onB!, 'released', token);
      expect(waiting.data.error?.code).toBe('ConfirmationRequired');
      expect(deletesOf('released')).toHaveLength(0);
      approveFromTerminal(approvalId);
      const released = await deleteTable(onB!, 'released', token);
      expect(released.isError, JSON.stringify(released.data)).toBe(false);
      expect(released.data.metadata.approval).toBe('out-of-band');
      expect(deletesOf('released')).toHaveLength(1);
    } finally {
      await Promise.all([onA?.close(), onB?.close()]);
    }
  });

  it('50 concurrent redemptions of one token spread over the instances: exactly one reaches AWS', async () => {
    const clients = await Promise.all(
      Array.from({ length: 5 }, () => connectClient('v2-modern', { http: proxyUrl })),
    );
    try {
      const { token, approvalId } = await requestApproval(clients[0]!, 'raced');
      approveFromTerminal(approvalId);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => deleteTable(clients[i % clients.length]!, 'raced', token)),
      );
      expect(results.filter((r) => !r.isError)).toHaveLength(1);
      expect(new Set(results.filter((r) => r.isError).map((r) => r.data.error.code))).toEqual(
        new Set(['InvalidConfirmationToken']),
      );
      expect(deletesOf('raced')).toHaveLength(1);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('with the database down calls are refused (StateUnavailable) and run nowhere; then service resumes', async () => {
    const client = await connectClient('v2-modern', { http: proxyUrl });
    const list = () =>
      client.call('aws_execute', {
        action: 'invoke',
        service: 'dynamodb',
        operation: 'ListTables',
        payload: {},
      });
    try {
      expect((await list()).isError).toBe(false);
      await db.stop();
      const before = capture.requests.length;
      const refused = await Promise.all([list(), list(), list(), list()]);
      expect(refused.map((r) => r.data.error?.code)).toEqual(Array(4).fill('StateUnavailable'));
      expect(capture.requests.length).toBe(before);
      await db.start();
      const resumed = await Promise.all([list(), list()]);
      expect(
        resumed.map((r) => r.isError),
        JSON.stringify(resumed[0]!.data),
      ).toEqual([false, false]);
      const audit = new pg.Client({ connectionString: env.AWS_MCP_DATABASE_URL });
      await audit.connect();
      const { rows } = await audit.query(
        "SELECT count(*)::int AS n FROM audit_tx WHERE operation = 'ListTables' AND status = 'succeeded'",
      );
      await audit.end();
      // Every ListTables that reached AWS was recorded: the first one and the two after recovery.
      const sent = capture.requests.filter((r) => r.headers['x-amz-target']?.endsWith('ListTables')).length;
      expect(rows[0].n).toBe(sent);
    } finally {
      await client.close();
    }
  });
});

describe('two instances asking a 2026-07-28 client for approval through the proxy', () => {
  const pair: HttpServerProcess[] = [];
  let pairProxy: http.Server;
  let pairUrl: string;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'multi-instance-ask-'));
    const policy = path.join(dir, 'policy.yaml');
    writeFileSync(policy, 'version: 1\nmode: standard\napproval:\n  require_for: [destructive]\n');
    const askEnv = {
      ...env,
      POLICY_PATH: policy,
      AWS_MCP_DATABASE_URL: await db.createDatabase('asking'),
      AUDIT_DB_PATH: path.join(dir, 'audit.db'),
    };
    pair.push(...(await Promise.all([startHttpServer(askEnv), startHttpServer(askEnv)])));
    pairProxy = roundRobin(pair.map((i) => i.url));
    await new Promise<void>((resolve) => pairProxy.listen(0, '127.0.0.1', resolve));
    pairUrl = `http://127.0.0.1:${(pairProxy.address() as AddressInfo).port}/mcp`;
  });

  afterAll(() => {
    for (const i of pair) i.stop();
    pairProxy?.close();
  });

  it('the answer, retried on the other instance, is accepted once and the call runs there', async () => {
    const client = await connectClient('v2-modern', { http: pairUrl }, 'approve');
    try {
      const r = await deleteTable(client, 'asked-across');
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      expect(r.data.metadata.approval).toBe('elicitation');
      expect(client.asked).toHaveLength(1);
      expect(deletesOf('asked-across')).toHaveLength(1);
    } finally {
      await client.close();
    }
  });
});

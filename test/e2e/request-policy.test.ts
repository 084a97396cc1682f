// Issue 9, item 1, as users meet it: every request a call sends is decided by the policy for the
// operation actually sent. A counting forwarder sits in front of dynalite, so the test sees each
// X-Amz-Target the built server sends; waiters that time out or are cancelled are results and audit
// rows that say so.

import { execFile, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1HttpTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, writeStandardPolicy, type Emulator } from '../helpers/emulators.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

type Structured = Record<string, any>;
const targets: string[] = [];
let dynalite: Emulator;
let forwarder: http.Server;
let endpoint: string;

beforeAll(async () => {
  requireBuild();
  dynalite = await startDynalite();
  const upstream = new URL(dynalite.endpoint);
  forwarder = http.createServer((req, res) => {
    targets.push(String(req.headers['x-amz-target'] ?? ''));
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 500, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(out);
  });
  await new Promise<void>((resolve) => forwarder.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(forwarder.address() as AddressInfo).port}`;
});

afterAll(async () => {
  forwarder?.closeAllConnections();
  await new Promise<void>((resolve) => forwarder?.close(() => resolve()));
  await dynalite?.stop();
});

async function connect(policyYaml: string, era: 'legacy' | 'modern') {
  const env = serverEnv({
    POLICY_PATH: writeStandardPolicy(policyYaml),
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_MCP_AUTO_APPROVE_DESTRUCTIVE: 'true',
  });
  const client = new Client(
    { name: 'request-policy-e2e', version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
  );
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
  );
  const invoke = async (operation: string, payload: object, options?: object, signal?: AbortSignal) => {
    const r = await client.callTool(
      {
        name: 'aws_execute',
        arguments: {
          action: 'invoke',
          service: 'dynamodb',
          operation,
          payload,
          ...(options ? { options } : {}),
        },
      },
      signal ? { signal, onprogress: () => {} } : undefined,
    );
    return { isError: r.isError === true, data: r.structuredContent as Structured };
  };
  const audit = async (): Promise<Structured[]> => {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'audit', '--json'], { env });
    return stdout
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Structured);
  };
  return { client, invoke, audit };
}

const TABLE = {
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
};

describe.each(['legacy', 'modern'] as const)('a waiter polls only what the policy allows (%s era)', (era) => {
  it('refuses a waiter whose operation is denied, up front, with nothing sent', async () => {
    const table = `t-${era}`;
    const s = await connect('rules:\n  deny: ["^dynamodb:DescribeTable$"]\n', era);
    try {
      expect((await s.invoke('CreateTable', { TableName: table, ...TABLE })).isError).toBe(false);
      const denied = await s.invoke('DescribeTable', { TableName: table });
      expect(denied.data.error.code).toBe('PolicyDenied');

      const before = targets.length;
      const r = await s.invoke(
        'DescribeContinuousBackups',
        { TableName: table },
        { waitFor: 'TableExists', maxWaitSeconds: 2 },
      );
      expect(r.isError).toBe(true);
      expect(r.data.error.code).toBe('PolicyDenied');
      expect(r.data.error.message).toContain('dynamodb:DescribeTable');
      expect(r.data.wait).toBeUndefined();
      expect(targets.slice(before)).toEqual([]);
      const row = (await s.audit()).at(-1)!;
      expect(row).toMatchObject({ operation: 'DescribeContinuousBackups', status: 'denied' });
    } finally {
      await s.client.close();
    }
  });
});

describe('over Streamable HTTP with the 1.x client', () => {
  it('refuses a waiter whose operation is denied, with nothing sent', async () => {
    const env = serverEnv({
      POLICY_PATH: writeStandardPolicy('rules:\n  deny: ["^dynamodb:DescribeTable$"]\n'),
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      AWS_MCP_HTTP_PORT: '0',
      LOG_LEVEL: 'info',
    });
    const child = spawn(process.execPath, [BIN, 'serve', '--http'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const client = new V1Client({ name: 'request-policy-v1-http', version: '1.0.0' });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let log = '';
        child.stderr.on('data', (chunk: Buffer) => {
          log += chunk.toString();
          const m = /"msg":"listening","url":"([^"]+)"/.exec(log);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`server exited (${code}): ${log}`)));
      });
      await client.connect(new V1HttpTransport(new URL(url)));
      const before = targets.length;
      const r = await client.callTool({
        name: 'aws_execute',
        arguments: {
          action: 'invoke',
          service: 'dynamodb',
          operation: 'DescribeContinuousBackups',
          payload: { TableName: 'anything' },
          options: { waitFor: 'TableExists', maxWaitSeconds: 2 },
        },
      });
      expect(r.isError).toBe(true);
      expect((r.structuredContent as Structured).error.code).toBe('PolicyDenied');
      expect(targets.slice(before)).toEqual([]);
    } finally {
      await client.close();
      child.kill();
    }
  });
});

describe('waiters that do not reach their state', () => {
  it('a waiter that runs out of time is an error result with the last observed state', async () => {
    const s = await connect('', 'legacy');
    try {
      await s.invoke('CreateTable', { TableName: 'stays', ...TABLE });
      const r = await s.invoke(
        'DescribeTable',
        { TableName: 'stays' },
        { waitFor: 'TableNotExists', maxWaitSeconds: 1 },
      );
      expect(r.isError).toBe(true);
      expect(r.data.error.code).toBe('WaiterTimeout');
      expect(r.data.error.details.wait).toMatchObject({ state: 'timeout', waiter: 'TableNotExists' });
      expect(r.data.error.details.wait.lastState.state).toBe('retry');
      const row = (await s.audit()).at(-1)!;
      expect(row).toMatchObject({ status: 'failed', errorCode: 'WaiterTimeout' });
      expect(
        row.ops.every(
          (o: Structured) => o.kind === 'waiter-poll' && o.operation === 'dynamodb:DescribeTable',
        ),
      ).toBe(true);
    } finally {
      await s.client.close();
    }
  });

  it('a waiter stopped by notifications/cancelled is audited as cancelled', async () => {
    const s = await connect('', 'modern');
    try {
      await s.invoke('CreateTable', { TableName: 'kept', ...TABLE });
      const before = targets.length;
      const abort = new AbortController();
      const pending = s.invoke(
        'DescribeTable',
        { TableName: 'kept' },
        { waitFor: 'TableNotExists' },
        abort.signal,
      );
      // Cancel once the server has polled at least once (the waiter is then sleeping).
      while (!targets.slice(before).includes('DynamoDB_20120810.DescribeTable')) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      abort.abort();
      await expect(pending).rejects.toThrow();
      let row: Structured | undefined;
      while (!row || row.status === 'started') {
        row = (await s.audit()).at(-1);
        if (row?.status === 'started') await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(row).toMatchObject({ operation: 'DescribeTable', status: 'cancelled' });
    } finally {
      await s.client.close();
    }
  });
});

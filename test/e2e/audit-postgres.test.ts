// `aws-tool-mcp audit` on a PostgreSQL trail, as an operator of a team server uses it: calls made
// through a real `serve --http` instance (AWS_MCP_DATABASE_URL set) against dynalite, then read
// back by the CLI with the same filters as on SQLite, as text lines and as JSON lines, streamed to
// a slow reader with backpressure. The SQLite file at AUDIT_DB_PATH is never created: every record
// shown came from the database.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditCommand } from '../../src/cli/audit-command.js';
import { openState } from '../../src/state/open-state.js';
import { startDynalite, writeStandardPolicy, type Emulator } from '../helpers/emulators.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectClient } from '../helpers/mcp-clients.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let db: TestPostgres;
let dynalite: Emulator;
let server: HttpServerProcess;
let env: Record<string, string>;
let databaseUrl: string;

async function cli(...args: string[]): Promise<{ code: number; lines: string[]; stderr: string }> {
  const run = await promisify(execFile)(process.execPath, [BIN, 'audit', ...args], { env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  return { code: run.code, lines: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

const jsonl = async (...args: string[]) => (await cli('--jsonl', ...args)).lines.map((l) => JSON.parse(l));

beforeAll(async () => {
  requireBuild();
  [db, dynalite] = await Promise.all([startPostgres(), startDynalite()]);
  databaseUrl = await db.createDatabase('audit_cli');
  env = serverEnv({
    POLICY_PATH: writeStandardPolicy('rules:\n  deny: ["^dynamodb:DeleteTable$"]\n'),
    AWS_ENDPOINT_URL_DYNAMODB: dynalite.endpoint,
    AWS_MCP_DATABASE_URL: databaseUrl,
  });
  server = await startHttpServer(env);
  const client = await connectClient('v2-modern', { http: server.url });
  try {
    const invoke = async (operation: string, payload: object) => {
      const r = await client.call('aws_execute', {
        action: 'invoke',
        service: 'dynamodb',
        operation,
        payload,
      });
      expect(r.data.result ?? r.data.error, JSON.stringify(r.data)).toBeDefined();
    };
    await invoke('CreateTable', {
      TableName: 'audited',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    await invoke('ListTables', {});
    await invoke('DescribeTable', { TableName: 'missing' });
    await invoke('DeleteTable', { TableName: 'audited' });
  } finally {
    await client.close();
  }
}, 120_000);

afterAll(async () => {
  server?.stop();
  await dynalite?.stop();
  await db?.destroy();
});

it('lists the calls a server made on PostgreSQL: one line each, oldest first, none from SQLite', async () => {
  const { code, lines } = await cli();
  expect(code).toBe(0);
  expect(existsSync(env.AUDIT_DB_PATH!)).toBe(false);
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/dynamodb:CreateTable us-east-1 succeeded decision=allow .*ops=1/);
  expect(lines[1]).toMatch(/dynamodb:ListTables us-east-1 succeeded/);
  expect(lines[2]).toMatch(/dynamodb:DescribeTable us-east-1 failed .*error=ResourceNotFoundException/);
  expect(lines[3]).toMatch(/dynamodb:DeleteTable us-east-1 denied decision=deny.* ops=0/);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM audit_tx');
  await client.end();
  expect(Number(rows[0]!.n)).toBe(lines.length);
});

it('--json and --jsonl stream the same JSON entries, ops nested, with the filters of SQLite', async () => {
  const all = await jsonl();
  expect(all.map((e) => e.operation)).toEqual(['CreateTable', 'ListTables', 'DescribeTable', 'DeleteTable']);
  expect((await cli('--json')).lines.map((l) => JSON.parse(l))).toEqual(all);
  expect(all[0].ops).toMatchObject([{ seq: 1, kind: 'call', httpStatus: 200 }]);

  expect((await jsonl('--status', 'failed')).map((e) => e.operation)).toEqual(['DescribeTable']);
  expect((await jsonl('--status', 'denied')).map((e) => e.operation)).toEqual(['DeleteTable']);
  expect((await jsonl('--tx', all[1].txId)).map((e) => e.operation)).toEqual(['ListTables']);
  expect((await jsonl('--limit', '2')).map((e) => e.operation)).toEqual(['DescribeTable', 'DeleteTable']);
  expect(await jsonl('--service', 's3')).toEqual([]);
  expect(await jsonl('--service', 'dynamodb')).toHaveLength(4);
  const principal = all[0].principal as string;
  expect(principal).toBeTruthy();
  expect(await jsonl('--principal', principal)).toHaveLength(4);
  expect(await jsonl('--principal', `not-${principal}`)).toEqual([]);
  expect(await jsonl('--since', '1h')).toHaveLength(4);
  expect(await jsonl('--since', new Date(Date.now() + 60_000).toISOString())).toEqual([]);
  expect((await cli('--service', 's3')).lines).toEqual(['No audit records match.']);
});

it('--jsonl from PostgreSQL waits for a slow reader to drain instead of buffering the trail', async () => {
  const state = await openState({ databaseUrl, auditDbPath: env.AUDIT_DB_PATH! });
  try {
    for (let i = 0; i < 1200; i++) {
      const tx = await state.audit.begin({ service: 'sqs', operation: 'SendMessage' });
      await state.audit.complete(tx, { status: 'succeeded' });
    }
  } finally {
    await state.close();
  }
  let maxBuffered = 0;
  let received = '';
  const slow = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      received += chunk.toString();
      setImmediate(done);
    },
  });
  const write = slow.write.bind(slow);
  slow.write = ((chunk: string) => {
    const ok = write(chunk);
    maxBuffered = Math.max(maxBuffered, slow.writableLength);
    return ok;
  }) as typeof slow.write;
  const code = await auditCommand(['--jsonl', '--service', 'sqs'], {
    auditDbPath: env.AUDIT_DB_PATH!,
    databaseUrl,
    out: () => expect.unreachable('JSON lines go to the stream'),
    stream: slow,
  });
  await new Promise((r) => slow.end(r));
  expect(code).toBe(0);
  // More than two export pages (500 each) went through, in order, each line whole.
  const lines = received.trim().split('\n');
  expect(lines).toHaveLength(1200);
  expect(new Set(lines.map((l) => JSON.parse(l).txId)).size).toBe(1200);
  // Never much more than one line past the high-water mark was waiting in memory.
  expect(maxBuffered).toBeLessThan(1024 + 2048);
});

it('a database no server has used reads empty; an unreachable one is StateUnavailable', async () => {
  const fresh = await db.createDatabase('never_served');
  const run = (url: string) =>
    promisify(execFile)(process.execPath, [BIN, 'audit'], {
      env: { ...env, AWS_MCP_DATABASE_URL: url },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
  const empty = await run(fresh);
  expect(empty.code).toBe(0);
  expect(empty.stdout.trim()).toBe('No audit records match.');
  const down = await run(`postgres://postgres@127.0.0.1:1/none`);
  expect(down.code).toBe(1);
  expect(down.stderr).toMatch(/^StateUnavailable: /);
});

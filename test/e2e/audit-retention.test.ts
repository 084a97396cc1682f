// Audit at team scale, as an operator sees it: a server started with AWS_MCP_AUDIT_RETENTION_DAYS
// prunes the records older than that by itself while it serves, and `audit --jsonl` streams what
// is kept as JSON lines a log shipper reads.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { AuditStore } from '../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../src/audit/database.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { startPostgres } from '../helpers/postgres.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

const DAY = 86_400_000;
let server: HttpServerProcess | undefined;
beforeAll(() => requireBuild());
afterEach(() => server?.stop());

const untilOnly = async (env: Record<string, string>, n: number) => {
  let left = await exported(env);
  while (left.length > n) {
    await new Promise((r) => setTimeout(r, 200));
    left = await exported(env);
  }
  return left;
};

async function exported(env: Record<string, string>, ...args: string[]): Promise<any[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'audit', '--jsonl', ...args], { env });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

it('prunes records past the retention while serving, and exports the rest as JSON lines', async () => {
  const env = serverEnv({ AWS_MCP_AUDIT_RETENTION_DAYS: '30' });
  const db = openAuditDatabase(env.AUDIT_DB_PATH!);
  let clock = Date.now() - 45 * DAY;
  const store = new AuditStore(db, { now: () => clock });
  const old = Array.from({ length: 250 }, () => store.begin({ service: 's3', operation: 'ListBuckets' }));
  clock = Date.now() - 2 * DAY;
  const recent = [store.begin({ service: 'sqs', operation: 'SendMessage' })];
  clock = Date.now() - DAY;
  recent.push(store.begin({ service: 's3', operation: 'GetObject' }));
  db.close();
  expect(await exported(env)).toHaveLength(old.length + recent.length);

  server = await startHttpServer(env);
  const left = await untilOnly(env, recent.length);
  expect(left.map((e) => e.txId)).toEqual(recent);
  expect((await exported(env, '--service', 'sqs')).map((e) => e.operation)).toEqual(['SendMessage']);
});

it('on PostgreSQL too: the server prunes the shared trail, and `audit --jsonl` reads what is kept', async () => {
  const pg = await startPostgres();
  try {
    const env = serverEnv({
      AWS_MCP_AUDIT_RETENTION_DAYS: '30',
      AWS_MCP_DATABASE_URL: await pg.createDatabase('retention'),
    });
    const { openState } = await import('../../src/state/open-state.js');
    const state = await openState({
      databaseUrl: env.AWS_MCP_DATABASE_URL!,
      auditDbPath: env.AUDIT_DB_PATH!,
    });
    const ids: string[] = [];
    try {
      for (let i = 0; i < 260; i++)
        ids.push(await state.audit.begin({ service: 's3', operation: 'ListBuckets' }));
      // Written now, then dated back: the first 250 are 45 days old, the last 10 two days old.
      const { Client } = (await import('pg')).default;
      const client = new Client({ connectionString: env.AWS_MCP_DATABASE_URL });
      await client.connect();
      await client.query('UPDATE audit_tx SET started_ms = started_ms - $1 WHERE tx_id = ANY($2)', [
        45 * DAY,
        ids.slice(0, 250),
      ]);
      await client.query('UPDATE audit_tx SET started_ms = started_ms - $1 WHERE tx_id = ANY($2)', [
        2 * DAY,
        ids.slice(250),
      ]);
      await client.end();
    } finally {
      await state.close();
    }
    expect(await exported(env)).toHaveLength(260);
    server = await startHttpServer(env);
    const left = await untilOnly(env, 10);
    // Exactly the newest ten are kept. Ids begun in the same millisecond are not in begin order
    // (a UUIDv7's bits after the time are random), so the export's (started, tx_id) order is checked
    // on its own rather than against the order they were begun in.
    expect(left.map((e) => e.txId).sort()).toEqual(ids.slice(250).sort());
    const started = left.map((e) => String(e.startedAt));
    expect(started).toEqual([...started].sort());
  } finally {
    server?.stop();
    await pg.destroy();
  }
});

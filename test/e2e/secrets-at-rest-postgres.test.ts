// The secrets-at-rest sweep of secrets-at-rest.test.ts, for a team server on PostgreSQL: secrets in
// secret-looking inputs (the same cases) go through validate, invoke, the token approval and the
// audit of a real `serve --http` instance with AWS_MCP_DATABASE_URL set, over both protocol eras.
// Then everything the database holds is read back three ways: every row of every table, a
// pg_dump of the database, and every file of the server's data directory (tables and WAL) after a
// CHECKPOINT. The secret reaches the AWS endpoint (a capture server) and none of these.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectClient, type ClientKind } from '../helpers/mcp-clients.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { CASES, emptySuccess, leaks, randomSecret } from '../helpers/secret-scan.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

let db: TestPostgres;
let capture: CaptureServer;
let server: HttpServerProcess;
let databaseUrl: string;
const secrets: string[] = [];
const results: unknown[] = [];

beforeAll(async () => {
  requireBuild();
  [db, capture] = await Promise.all([startPostgres(), startCaptureServer(emptySuccess)]);
  databaseUrl = await db.createDatabase('secrets');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-pg-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    'version: 1\nmode: standard\napproval:\n  require_for: [destructive, write]\n  mode: token\n',
  );
  server = await startHttpServer(
    serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: capture.url, AWS_MCP_DATABASE_URL: databaseUrl }),
  );
  for (const kind of ['v2-legacy', 'v2-modern'] as ClientKind[]) {
    const client = await connectClient(kind, { http: server.url });
    try {
      for (const c of CASES) {
        const secret = (c.secret ?? randomSecret)();
        secrets.push(secret);
        const base = { service: c.service, operation: c.operation, payload: c.payload(secret) };
        results.push((await client.call('aws_execute', { action: 'validate', ...base })).data);
        const first = await client.call('aws_execute', { action: 'invoke', ...base });
        results.push(first.data);
        expect(first.data.error?.code, JSON.stringify(first.data)).toBe('ConfirmationRequired');
        const options = { confirmationToken: first.data.error.details.confirmationToken };
        const second = await client.call('aws_execute', { action: 'invoke', ...base, options });
        results.push(second.data);
        expect(second.isError, JSON.stringify(second.data)).toBe(false);
        // One more request left pending: its approval row stays in the database.
        results.push((await client.call('aws_execute', { action: 'invoke', ...base })).data);
      }
    } finally {
      await client.close();
    }
  }
}, 180_000);

afterAll(async () => {
  server?.stop();
  await capture?.close();
  await db?.destroy();
});

/** Every row of every table of the database, as text. */
async function everyRow(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ t: string }>(
      `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS t
         FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const dump: Record<string, string> = {};
    for (const { t } of tables) dump[t] = JSON.stringify((await client.query(`SELECT * FROM ${t}`)).rows);
    return dump;
  } finally {
    await client.end();
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** The data directory's files after a CHECKPOINT (every committed write on disk), by path. */
async function dataFiles(): Promise<Record<string, Buffer>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('CHECKPOINT');
  await client.end();
  return Object.fromEntries(
    filesUnder(db.dataDir).map((f) => [path.relative(db.dataDir, f), readFileSync(f)]),
  );
}

it('the secrets reached the endpoint, and the database stored the calls', async () => {
  const sent = Buffer.concat(capture.take().map((r) => r.body));
  for (const secret of secrets) expect(leaks(secret, { endpoint: sent })).toEqual(['endpoint']);
  const rows = await everyRow();
  // What was swept is really there: the calls' audit rows and the approvals (used and pending).
  expect(Object.keys(rows)).toEqual(expect.arrayContaining(['public.audit_tx', 'public.approvals']));
  expect(JSON.parse(rows['public.audit_tx']!).length).toBeGreaterThanOrEqual(CASES.length * 2 * 4);
  expect(JSON.parse(rows['public.approvals']!).length).toBeGreaterThanOrEqual(CASES.length * 2);
});

it('no secret in any row of any table, in the tool results or the logs', async () => {
  const places = { ...(await everyRow()), 'tool results': JSON.stringify(results), logs: server.stderr() };
  for (const secret of secrets) expect(leaks(secret, places)).toEqual([]);
});

it('no secret in a pg_dump of the database', () => {
  // The client tool of the server's own version (the server binaries' directory has it).
  const bin = pgDumps().find((b) => spawnSync(b, ['--version']).status === 0);
  expect(bin, 'pg_dump not found under /usr/lib/postgresql/*/bin').toBeDefined();
  const out = spawnSync(bin!, ['--data-only', '--dbname', databaseUrl], { maxBuffer: 256 * 1024 * 1024 });
  expect(out.status, out.stderr.toString()).toBe(0);
  expect(out.stdout.toString()).toContain('COPY public.audit_tx');
  for (const secret of secrets) expect(leaks(secret, { pg_dump: out.stdout })).toEqual([]);
});

it('no secret in any file of the data directory (tables and WAL), which does hold what is stored', async () => {
  // The check works: a value written to a table is found in the files after the CHECKPOINT.
  const canary = randomSecret();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('CREATE TABLE canary (v TEXT)');
  await client.query('INSERT INTO canary VALUES ($1)', [canary]);
  await client.end();
  const files = await dataFiles();
  expect(leaks(canary, files).length).toBeGreaterThan(0);
  for (const secret of secrets) expect(leaks(secret, files)).toEqual([]);
});

/** pg_dump of each installed version, newest first. */
function pgDumps(): string[] {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(root, v, 'bin', 'pg_dump'));
}

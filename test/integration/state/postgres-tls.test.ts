// The TLS options of AWS_MCP_DATABASE_URL reach the connection: with sslmode=verify-full and the
// server's CA in sslrootcert the store connects over TLS; with another CA it refuses to connect
// (StateUnavailable), and nothing is sent in clear instead.

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openState } from '../../../src/state/open-state.js';
import { selfSignedCertificate, startPostgres, type TestPostgres } from '../../helpers/postgres.js';

let server: TestPostgres;
let databaseUrl: string;
const dir = mkdtempSync(path.join(os.tmpdir(), 'state-pg-tls-'));
chmodSync(dir, 0o755); // the server's user reads its certificate and key here
const auditDbPath = path.join(dir, 'audit.db');
const serverCert = selfSignedCertificate(dir, 'server');
const otherCa = selfSignedCertificate(dir, 'other');

beforeAll(async () => {
  server = await startPostgres({ tls: serverCert });
  databaseUrl = await server.createDatabase('tls');
});
afterAll(async () => {
  await server?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

it('verify-full with the server CA: the state store works over TLS', async () => {
  const url = `${databaseUrl}?sslmode=verify-full&sslrootcert=${encodeURIComponent(serverCert.cert)}`;
  const state = await openState({ databaseUrl: url, auditDbPath });
  try {
    const txId = await state.audit.begin({ service: 's3', operation: 'ListBuckets' });
    expect((await state.audit.get(txId))?.status).toBe('started');
  } finally {
    await state.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
  await client.end();
  expect(rows[0].ssl).toBe(true);
});

it('verify-full with another CA: refused with StateUnavailable', async () => {
  const url = `${databaseUrl}?sslmode=verify-full&sslrootcert=${encodeURIComponent(otherCa.cert)}`;
  const refused = await openState({ databaseUrl: url, auditDbPath }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(refused).toMatchObject({ code: 'StateUnavailable' });
});

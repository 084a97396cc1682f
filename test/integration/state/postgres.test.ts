// The state contract on a real PostgreSQL server started for this file (test/helpers/postgres.ts):
// handles are separate pools, as separate instances would have; an outage is the server stopped.
// Also: migrations applied by several instances starting at once.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openState } from '../../../src/state/open-state.js';
import { migrate, MIGRATIONS } from '../../../src/state/postgres/migrations.js';
import { createPool } from '../../../src/state/postgres/pool.js';
import { startPostgres, type TestPostgres } from '../../helpers/postgres.js';
import { rateCountersContract } from './rate-counters.contract.js';
import { stateContract } from './state.contract.js';

let server: TestPostgres;
let databaseUrl: string;
const dir = mkdtempSync(path.join(os.tmpdir(), 'state-pg-'));
const auditDbPath = path.join(dir, 'audit.db');

beforeAll(async () => {
  server = await startPostgres();
  databaseUrl = await server.createDatabase('contract');
});
afterAll(async () => {
  await server?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

stateContract('PostgreSQL', () => ({
  open: () => openState({ databaseUrl, auditDbPath }),
  outage: async () => {
    await server.stop();
    return () => server.start();
  },
}));

rateCountersContract('PostgreSQL', {
  open: async (n) => {
    const stores = await Promise.all(
      Array.from({ length: n }, () => openState({ databaseUrl, auditDbPath })),
    );
    return {
      handles: stores.map((s) => s.rateCounters),
      close: async () => void (await Promise.all(stores.map((s) => s.close()))),
    };
  },
});

it('3 instances migrating one empty database at once: each version applied exactly once', async () => {
  const url = await server.createDatabase('migrations');
  const pools = [1, 2, 3].map(() => createPool({ url }));
  try {
    const applied = await Promise.all(pools.map((p) => migrate(p)));
    expect(applied.reduce((a, b) => a + b, 0)).toBe(MIGRATIONS.length);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows.map((r: { version: number }) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(await migrate(pools[0]!)).toBe(0);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
  }
});

it('TLS options in the URL are honoured: sslmode=require against a server without TLS is refused', async () => {
  const refused = await openState({ databaseUrl: `${databaseUrl}?sslmode=require`, auditDbPath }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(refused).toMatchObject({ code: 'StateUnavailable' });
  const plain = await openState({ databaseUrl: `${databaseUrl}?sslmode=disable`, auditDbPath });
  await plain.close();
});

// Retention on a real PostgreSQL (test/helpers/postgres.ts): pruning deletes what is older than the
// cutoff with its ops and nothing newer, in batches; three instances pruning at once delete each
// record exactly once; a record another transaction holds is skipped rather than waited for; and
// the calls' own writes go on while a pruning transaction is open. Each "instance" is a pool of its
// own, as separate processes would have. The lease sweep: lapsed rate leases of people who never
// come back are removed, live ones kept, a lease a call holds is skipped, not waited for.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/audit/retention.js';
import { openState } from '../../../src/state/open-state.js';
import { migrate } from '../../../src/state/postgres/migrations.js';
import { createPool } from '../../../src/state/postgres/pool.js';
import {
  prunePostgresOnce,
  startPostgresSweeps,
  sweepLapsedLeasesOnce,
} from '../../../src/state/postgres/retention.js';
import { startPostgres, type TestPostgres } from '../../helpers/postgres.js';

let server: TestPostgres;
let url: string;
let admin: pg.Pool;
let n = 0;
const NOW = Date.now();
const CUTOFF = NOW - 30 * DAY_MS;
const dir = mkdtempSync(path.join(os.tmpdir(), 'retention-pg-'));

beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.destroy();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  url = await server.createDatabase(`retention_${n++}`);
  admin = createPool({ url });
  await migrate(admin);
});
afterEach(async () => admin?.end());

/** `old` transactions from 45 days ago down to 31 (two ops each) and `recent` from the last day. */
async function seed(old: number, recent: number): Promise<void> {
  await admin.query(
    `INSERT INTO audit_tx (tx_id, started_ms, service, operation, status, op_count)
     SELECT 'old-' || lpad(i::text, 6, '0'), $1::bigint + i, 's3', 'ListBuckets', 'succeeded', 2
       FROM generate_series(1, $2::int) i
     UNION ALL
     SELECT 'new-' || lpad(i::text, 6, '0'), $3::bigint + i, 'sqs', 'SendMessage', 'succeeded', 2
       FROM generate_series(1, $4::int) i`,
    [NOW - 45 * DAY_MS, old, NOW - DAY_MS, recent],
  );
  await admin.query(
    `INSERT INTO audit_op (tx_id, seq, op_id, at_ms, kind)
     SELECT tx_id, s, tx_id || '-' || s, started_ms, 'call' FROM audit_tx, generate_series(1, 2) s`,
  );
}

async function count(sql: string): Promise<number> {
  return Number((await admin.query<{ n: string }>(sql)).rows[0]!.n);
}

it('deletes what is older than the cutoff, oldest first, with its ops, a batch at a time', async () => {
  await seed(25, 3);
  expect(await prunePostgresOnce(admin, CUTOFF, 10)).toBe(10);
  const { rows } = await admin.query<{ first: string }>(
    `SELECT min(tx_id) AS first FROM audit_tx WHERE tx_id LIKE 'old-%'`,
  );
  expect(rows[0]!.first).toBe('old-000011'); // the ten oldest went first
  expect(await prunePostgresOnce(admin, CUTOFF, 10)).toBe(10);
  expect(await prunePostgresOnce(admin, CUTOFF, 10)).toBe(5);
  expect(await prunePostgresOnce(admin, CUTOFF, 10)).toBe(0);
  expect(await count(`SELECT count(*) AS n FROM audit_tx`)).toBe(3);
  expect(await count(`SELECT count(*) AS n FROM audit_op`)).toBe(6);
  expect(
    await count(
      `SELECT count(*) AS n FROM audit_op o LEFT JOIN audit_tx t USING (tx_id) WHERE t.tx_id IS NULL`,
    ),
  ).toBe(0);
});

it('three instances pruning at once delete every old record exactly once, and nothing newer', async () => {
  await seed(1500, 20);
  const instances = [1, 2, 3].map(() => createPool({ url, max: 1 }));
  try {
    const deletedBy = await Promise.all(
      instances.map(async (pool) => {
        let total = 0;
        for (let d = -1; d !== 0; total += d) d = await prunePostgresOnce(pool, CUTOFF, 50);
        return total;
      }),
    );
    expect(deletedBy.reduce((a, b) => a + b, 0)).toBe(1500);
    expect(await count(`SELECT count(*) AS n FROM audit_tx`)).toBe(20);
    expect(await count(`SELECT count(*) AS n FROM audit_tx WHERE tx_id LIKE 'new-%'`)).toBe(20);
    expect(await count(`SELECT count(*) AS n FROM audit_op`)).toBe(40);
  } finally {
    await Promise.all(instances.map((p) => p.end()));
  }
});

it('skips a record another transaction holds instead of waiting, and takes it once released', async () => {
  await seed(3, 0);
  const holder = await admin.connect();
  try {
    await holder.query('BEGIN');
    // An instance writing this record (an op's seq is taken so) holds its row.
    await holder.query(`UPDATE audit_tx SET op_count = op_count WHERE tx_id = 'old-000001'`);
    const pruner = createPool({ url, max: 1 });
    try {
      // Resolves while the holder's transaction is still open: had it waited, it could not.
      expect(await prunePostgresOnce(pruner, CUTOFF, 10)).toBe(2);
      expect(await count(`SELECT count(*) AS n FROM audit_tx`)).toBe(1);
      await holder.query('COMMIT');
      expect(await prunePostgresOnce(pruner, CUTOFF, 10)).toBe(1);
    } finally {
      await pruner.end();
    }
  } finally {
    holder.release();
  }
  expect(await count(`SELECT count(*) AS n FROM audit_tx`)).toBe(0);
});

it("the calls' writes go on while a pruning transaction is open", async () => {
  await seed(100, 0);
  const pruning = await admin.connect();
  const state = await openState({ databaseUrl: url, auditDbPath: path.join(dir, 'audit.db') });
  try {
    await pruning.query('BEGIN');
    const { rowCount } = await pruning.query(
      `WITH doomed AS (SELECT tx_id FROM audit_tx WHERE started_ms < $1 ORDER BY started_ms LIMIT 100 FOR UPDATE SKIP LOCKED)
       DELETE FROM audit_tx t USING doomed d WHERE t.tx_id = d.tx_id`,
      [CUTOFF],
    );
    expect(rowCount).toBe(100);
    // A call begins, sends a request and completes while the batch is uncommitted.
    const tx = await state.audit.begin({ service: 's3', operation: 'ListBuckets' });
    await state.audit.op(tx, { kind: 'call', httpStatus: 200 });
    await state.audit.complete(tx, { status: 'succeeded' });
    expect((await state.audit.get(tx))?.ops).toHaveLength(1);
    await pruning.query('COMMIT');
  } finally {
    pruning.release();
    await state.close();
  }
  expect(await count(`SELECT count(*) AS n FROM audit_tx`)).toBe(1);
});

it('the retention timer of a server drains a backlog by itself and stops when told', async () => {
  await seed(450, 5);
  const stop = startPostgresSweeps(url, { days: 30, batch: 100, backlogEveryMs: 1 });
  try {
    while ((await count(`SELECT count(*) AS n FROM audit_tx`)) > 5)
      await new Promise((r) => setTimeout(r, 20));
  } finally {
    await stop();
  }
  expect(await count(`SELECT count(*) AS n FROM audit_tx WHERE tx_id LIKE 'new-%'`)).toBe(5);
  expect(await count(`SELECT count(*) AS n FROM audit_op`)).toBe(10);
});

/** Leases: `person` -> ms until each lapses (negative: lapsed that long ago). */
async function seedLeases(leases: Record<string, number[]>): Promise<void> {
  for (const [person, ends] of Object.entries(leases)) {
    for (const [i, end] of ends.entries()) {
      await admin.query('INSERT INTO rate_leases (key, lease, expires_at) VALUES ($1, $2, $3)', [
        `inflight:${person}`,
        `${person}-${i}`,
        NOW + end,
      ]);
    }
  }
}

const leasesLeft = async () =>
  (await admin.query<{ lease: string }>('SELECT lease FROM rate_leases ORDER BY lease')).rows.map(
    (r) => r.lease,
  );

it('the lease sweep removes lapsed leases of anyone, in batches, and keeps the live ones', async () => {
  await seedLeases({ alice: [-60_000, -1, 0], bob: [-5_000, 60_000], carol: [1, 600_000] });
  expect(await sweepLapsedLeasesOnce(admin, NOW, 2)).toBe(2);
  expect(await sweepLapsedLeasesOnce(admin, NOW, 2)).toBe(2);
  expect(await sweepLapsedLeasesOnce(admin, NOW, 2)).toBe(0);
  expect(await leasesLeft()).toEqual(['bob-1', 'carol-0', 'carol-1']);
});

it('the lease sweep skips a lease a call holds instead of waiting, and takes it once released', async () => {
  await seedLeases({ alice: [-1_000, -2_000] });
  const holder = await admin.connect();
  const sweeper = createPool({ url, max: 1 });
  try {
    await holder.query('BEGIN');
    // A release (or renew) of alice-0 under way on another instance holds its row.
    await holder.query(`UPDATE rate_leases SET expires_at = expires_at WHERE lease = 'alice-0'`);
    expect(await sweepLapsedLeasesOnce(sweeper, NOW, 10)).toBe(1); // resolved while the holder is open
    expect(await leasesLeft()).toEqual(['alice-0']);
    // The holder renews it: once released, it is live and the sweep leaves it.
    await holder.query(`UPDATE rate_leases SET expires_at = $1 WHERE lease = 'alice-0'`, [NOW + 60_000]);
    await holder.query('COMMIT');
    expect(await sweepLapsedLeasesOnce(sweeper, NOW, 10)).toBe(0);
    expect(await leasesLeft()).toEqual(['alice-0']);
  } finally {
    holder.release();
    await sweeper.end();
  }
});

it("a server's sweep removes the lapsed slots of a person who never comes back; retention unset keeps the trail", async () => {
  await seed(3, 0);
  const state = await openState({ databaseUrl: url, auditDbPath: path.join(dir, 'audit.db') });
  try {
    // Alice's instance died mid-call: her lease is never renewed nor released, and she never calls again.
    expect(await state.rateCounters.acquire('inflight:alice', 2, 30)).toBeDefined();
    const bob = await state.rateCounters.acquire('inflight:bob', 2, 600_000);
    await new Promise((r) => setTimeout(r, 60));
    const stop = startPostgresSweeps(url, { leasesEveryMs: 10 });
    try {
      while ((await leasesLeft()).length > 1) await new Promise((r) => setTimeout(r, 10));
    } finally {
      await stop();
    }
    expect(await leasesLeft()).toEqual([bob]);
  } finally {
    await state.close();
  }
  expect(await count(`SELECT count(*) AS n FROM audit_tx`)).toBe(3);
});

// The audit write of one call, before and after its op row went into the completion's commit,
// side by side in one run: `before` is what a call of one request wrote until then (begin, op,
// complete: three autocommitted statements, three commits); `after` is what it writes now (begin,
// then complete carrying the op row: two). Both through the real store (state/ports.ts AuditTrail),
// one call at a time, interleaved in rounds (order rotated each round) so load drifts hit both alike, on:
// PostgreSQL with its durable defaults, PostgreSQL with `synchronous_commit=off` set from the URL,
// and SQLite for reference. `pg_test_fsync` on the disk holding the database's data directory
// gives the floor: with the durable defaults every commit waits for one WAL flush.
//
// `npm run bench:audit-pg` (BENCH_ROUNDS, default 20; BENCH_PER_ROUND, default 50 calls).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openState } from '../src/state/open-state.js';
import type { StateStore } from '../src/state/ports.js';
import { startPostgres } from '../test/helpers/postgres.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 50);
const PG_TEST_FSYNC = '/usr/lib/postgresql/15/bin/pg_test_fsync';

type Variant = 'before' | 'after' | 'begin alone';
const VARIANTS: readonly Variant[] = ['before', 'after', 'begin alone'];
/** Commits per call: one WAL flush each with the durable defaults. */
const COMMITS: Record<Variant, number> = { before: 3, after: 2, 'begin alone': 1 };
const START = { service: 'dynamodb', operation: 'GetItem', action: 'invoke', decision: { effect: 'allow' } };
const OP = { kind: 'call', operation: 'dynamodb:GetItem', httpStatus: 200, awsRequestId: 'r', durationMs: 1 };
const END = { status: 'succeeded', httpStatus: 200, awsRequestId: 'r' } as const;

/** One call's audit write; its wall time in ms. */
async function oneCall(store: StateStore, variant: Variant): Promise<number> {
  const t0 = performance.now();
  const tx = await store.audit.begin(START);
  if (variant === 'before') {
    await store.audit.op(tx, OP);
    await store.audit.complete(tx, END);
  } else if (variant === 'after') {
    await store.audit.complete(tx, END, [OP]);
  }
  return performance.now() - t0;
}

async function calls(store: StateStore, variant: Variant, n: number, into: number[]): Promise<void> {
  for (let i = 0; i < n; i++) into.push(await oneCall(store, variant));
}

/** Rounds of every variant on one store, the order rotated and reversed each round, after a warm-up. */
async function interleaved(store: StateStore): Promise<Record<Variant, number[]>> {
  const lat: Record<Variant, number[]> = { before: [], after: [], 'begin alone': [] };
  for (const v of VARIANTS) await calls(store, v, 100, []);
  for (let r = 0; r < ROUNDS; r++) {
    const rotated = [...VARIANTS.slice(r % 3), ...VARIANTS.slice(0, r % 3)];
    for (const v of r % 2 === 0 ? rotated : rotated.reverse()) await calls(store, v, PER_ROUND, lat[v]);
  }
  return lat;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-audit-pg-'));
const postgres = await startPostgres({ durable: true });
const keyDir = mkdtempSync(path.join(tmp, 'k-'));
console.log(
  `# bench:audit-pg  ${new Date().toISOString()}  node ${process.version}  ${os.cpus().length} cores`,
);
console.log(
  `load average at start: ${load()}; ${ROUNDS} rounds x ${PER_ROUND} calls per variant, order rotated each round\n`,
);

// The disk's flush, where the data directory lives (the same file system as its WAL).
try {
  const out = execFileSync(
    PG_TEST_FSYNC,
    ['-s', '2', '-f', path.join(path.dirname(postgres.dataDir), 'fsync.out')],
    {
      encoding: 'utf8',
    },
  );
  const lines = out.split('\n').filter((l) => /fdatasync|fsync |open_datasync|ops\/sec/.test(l));
  console.log(`pg_test_fsync -s 2 (load ${load()}):\n${lines.slice(0, 6).join('\n')}\n`);
} catch (e) {
  console.log(`pg_test_fsync did not run: ${(e as Error).message}\n`);
}

const stores: Array<[string, () => Promise<StateStore>]> = [
  [
    'PostgreSQL, durable defaults',
    async () =>
      openState({
        databaseUrl: await postgres.createDatabase('durable'),
        auditDbPath: path.join(keyDir, 'a.db'),
      }),
  ],
  [
    'PostgreSQL, URL `?options=-c synchronous_commit=off`',
    async () =>
      openState({
        databaseUrl: `${await postgres.createDatabase('relaxed')}?options=-c%20synchronous_commit%3Doff`,
        auditDbPath: path.join(keyDir, 'a.db'),
      }),
  ],
  [
    'SQLite (WAL, synchronous=NORMAL)',
    async () => openState({ auditDbPath: path.join(tmp, 'sqlite', 'audit.db') }),
  ],
];

console.log(
  '| store | variant | commits | p50 ms | p90 ms | p99 ms | calls | load |\n|---|---|---:|---:|---:|---:|---:|---|',
);
const summary: string[] = [];
for (const [name, open] of stores) {
  const store = await open();
  const lat = await interleaved(store);
  await store.close();
  const row: Record<Variant, number> = { before: 0, after: 0, 'begin alone': 0 };
  for (const v of VARIANTS) {
    const s = lat[v].sort((a, b) => a - b);
    row[v] = pct(s, 0.5);
    console.log(
      `| ${name} | ${v} | ${COMMITS[v]} | ${pct(s, 0.5).toFixed(2)} | ${pct(s, 0.9).toFixed(2)} | ${pct(s, 0.99).toFixed(2)} | ${s.length} | ${load()} |`,
    );
  }
  summary.push(
    `${name}: after/before p50 = ${(row.after / row.before).toFixed(2)} (${row.before.toFixed(2)} -> ${row.after.toFixed(2)} ms)`,
  );
}
console.log(`\n${summary.join('\n')}\nload average at end: ${load()}`);
await postgres.destroy();
rmSync(tmp, { recursive: true, force: true });

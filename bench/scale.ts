// `npm run bench:scale`: the team server under load, through Streamable HTTP, with 50 concurrent MCP
// clients (2.x client, 2026-07-28 era: no session, so any instance serves any request) each
// calling aws_execute dynamodb GetItem against dynalite in a loop, for
//   (a) 1 instance + SQLite, (b) 1 instance + PostgreSQL, (c) 2 instances + PostgreSQL behind a
//   round-robin proxy (a child process, as a load balancer would be); BENCH_INSTANCES=3 adds
//   (d) 3 instances.
// BENCH_INSTANCE_CPU=0.3 gives each instance its own CPU budget (0.3 core, a cgroup with a CFS
// quota, like a container's CPU limit: scale-cgroup.ts), so the scaling is that of instances each
// bound by its own budget, with the load generator, dynalite, PostgreSQL and proxy on the rest.
// For each: sustained invokes/s, p50 and p99, CPU per call of every process (load generator,
// servers, proxy, PostgreSQL, dynalite), and zero lost audit records (succeeded rows counted
// against the calls the clients saw succeed, and no record left 'started'). Then the audit write
// itself, measured directly (begin + op + complete, one call at a time) on each store, and a
// `--cpu-prof` of one instance on PostgreSQL under the same load, split by area.
// PostgreSQL runs with its durable defaults (fsync and synchronous_commit on), as deployed.
// BENCH_SECONDS (default 15) sets each measured phase; BENCH_SCALING_ONLY=1 skips the audit-write
// and profile parts. Run with the machine as quiet as it gets.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/client';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openState } from '../src/state/open-state.js';
import { startPostgres } from '../test/helpers/postgres.js';
import {
  connectClients,
  cpuMs,
  drive,
  nodeChild,
  seededDynalite,
  postgresCpuMs,
  PROXY,
  serve,
  tmp,
  type Instance,
} from './scale-harness.js';
import { cpuBudgets, throttledShare, type CpuBudgets } from './scale-cgroup.js';
import { printRuns, type Run } from './scale-report.js';
import { splitProfile } from './scale-profile.js';

const CLIENTS = 50;
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 15) * 1000;
const WARMUP_MS = 3000;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`bench:scale on ${os.cpus().length} cores (${os.cpus()[0]?.model}), load average ${load()}`);

const dyn = await seededDynalite();
const dynalite = dyn.url;
const postgres = await startPostgres({ durable: true });
const base = { AWS_ENDPOINT_URL_DYNAMODB: dynalite };

// BENCH_INSTANCE_CPU=0.3: each instance in a cgroup of its own with 0.3 of a core (scale-cgroup.ts).
const budgetSetting = process.env.BENCH_INSTANCE_CPU;
let budgets: CpuBudgets | undefined;
if (budgetSetting !== undefined && budgetSetting !== '') {
  const made = cpuBudgets(Number(budgetSetting));
  if ('unavailable' in made) {
    console.log(`BENCH_INSTANCE_CPU=${budgetSetting}: ${made.unavailable}; running WITHOUT CPU budgets`);
  } else {
    budgets = made;
    console.log(`CPU budget: ${made.cores} core per instance (${made.kind}, CFS period 100 ms)`);
  }
} else console.log('CPU budget: none (instances share the machine; BENCH_INSTANCE_CPU=0.3 sets one)');
const MAX_INSTANCES = Math.max(2, Number(process.env.BENCH_INSTANCES ?? 2));
let started = 0;
// Each instance keeps idle connections open longer than the balancer does (the proxy's 60 s, as
// an ALB's), as the README says to deploy: with Node's 5 s the proxy may reuse a connection the
// instance is closing, and a client sees 502 at a phase change (seen once in a run).
const start = (env: Record<string, string>): Promise<Instance> =>
  serve(
    { AWS_MCP_HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '65', ...env },
    budgets ? { group: budgets.group(`instance-${++started}`) } : {},
  );

/** Succeeded and still-started audit rows of a store. */
async function auditRows(where: { sqlite?: string; url?: string }): Promise<[number, number]> {
  const sql = `SELECT sum(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END) AS ok,
    sum(CASE WHEN status = 'started' THEN 1 ELSE 0 END) AS open FROM audit_tx`;
  if (where.sqlite) {
    const db = new Database(where.sqlite, { readonly: true });
    const r = db.prepare(sql).get() as { ok: number; open: number };
    db.close();
    return [r.ok, r.open];
  }
  const client = new pg.Client({ connectionString: where.url });
  await client.connect();
  const { rows } = await client.query<{ ok: string; open: string }>(sql);
  await client.end();
  return [Number(rows[0]!.ok), Number(rows[0]!.open)];
}

async function scenario(
  name: string,
  instances: Instance[],
  url: string,
  store: { sqlite?: string; url?: string },
  proxyPid?: number,
): Promise<Run> {
  const watched: Record<string, () => number> = {};
  instances.forEach((i, n) => (watched[`server ${n + 1}`] = () => cpuMs(i.child.pid!)));
  if (proxyPid) watched.proxy = () => cpuMs(proxyPid);
  if (store.url) watched.PostgreSQL = postgresCpuMs;
  watched.dynalite = () => cpuMs(dyn.child.pid!);
  // Each instance's first calls load the models: made on each directly, at least one call each.
  let acked = 0;
  for (const i of instances) {
    const direct = await connectClients(i.url, 1);
    acked += (await drive(direct, 2000, {})).ok;
    await direct[0]!.close();
  }
  const one = await connectClients(url, 1);
  const c1 = await drive(one, 3000, {});
  const clients = await connectClients(url, CLIENTS);
  const warm = await drive(clients, WARMUP_MS, {});
  const before = instances.map((i) => i.group?.throttling());
  const measured = await drive(clients, MEASURE_MS, watched);
  const throttled = budgets
    ? instances.map((i, n) => throttledShare(before[n]!, i.group!.throttling()))
    : undefined;
  await Promise.all([...clients, ...one].map((c: Client) => c.close()));
  const [rows, left] = await auditRows(store);
  acked += c1.ok + warm.ok + measured.ok;
  return {
    name,
    instances: instances.length,
    ...measured,
    acked,
    rows,
    started: left,
    c1p50: c1.p50,
    ...(throttled ? { throttled } : {}),
  };
}

const runs: Run[] = [];
// (a) 1 instance + SQLite
const sqliteFile = path.join(mkdtempSync(path.join(tmp, 'a-')), 'audit.db');
let inst = [await start({ ...base, AUDIT_DB_PATH: sqliteFile })];
runs.push(await scenario('(a) 1 instance + SQLite', inst, inst[0]!.url, { sqlite: sqliteFile }));
await Promise.all(inst.map((i) => i.stop()));
console.log(`after (a): load ${load()}`);

// (b) 1 instance + PostgreSQL
const urlB = await postgres.createDatabase('scale_b');
const keyDir = mkdtempSync(path.join(tmp, 'pg-')); // one approval key file for every instance
const pgEnv = (url: string) => ({
  ...base,
  AWS_MCP_DATABASE_URL: url,
  AUDIT_DB_PATH: path.join(keyDir, 'audit.db'),
});
inst = [await start(pgEnv(urlB))];
runs.push(await scenario('(b) 1 instance + PostgreSQL', inst, inst[0]!.url, { url: urlB }));
await Promise.all(inst.map((i) => i.stop()));
console.log(`after (b): load ${load()}`);

// (c), (d)...: 2 (BENCH_INSTANCES: up to that many) instances + PostgreSQL behind a round-robin proxy
for (let n = 2; n <= MAX_INSTANCES; n++) {
  const label = `(${String.fromCharCode(97 + n)})`;
  const url = await postgres.createDatabase(`scale_${n}`);
  inst = [];
  for (let k = 0; k < n; k++) inst.push(await start(pgEnv(url)));
  const proxy = await nodeChild(
    PROXY,
    inst.map((i) => i.url),
  );
  const proxyUrl = `http://127.0.0.1:${proxy.port}/mcp`;
  const name = `${label} ${n} instances + PostgreSQL, round-robin`;
  runs.push(await scenario(name, inst, proxyUrl, { url }, proxy.child.pid));
  proxy.child.kill();
  await Promise.all(inst.map((i) => i.stop()));
  console.log(`after ${label}: load ${load()}`);
}
budgets?.removeAll();
printRuns(runs, { clients: CLIENTS, seconds: MEASURE_MS / 1000, budget: budgets?.cores });

// The audit write, measured directly, as a call of one request makes it: begin, then the op row
// with the completion (one commit), one call at a time. bench:audit-pg compares it with the old path.
async function auditWrites(store: Awaited<ReturnType<typeof openState>>, n: number): Promise<number[]> {
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    const tx = await store.audit.begin({
      service: 'dynamodb',
      operation: 'GetItem',
      action: 'invoke',
      decision: { effect: 'allow' },
    });
    await store.audit.complete(tx, { status: 'succeeded', httpStatus: 200, awsRequestId: 'r' }, [
      { kind: 'call', httpStatus: 200, awsRequestId: 'r', durationMs: 1 },
    ]);
    lat.push(performance.now() - s);
  }
  return lat.sort((x, y) => x - y);
}
/** The audit write on each store, measured directly. */
async function measureAuditWrites(): Promise<void> {
  const direct: Array<[string, number[]]> = [];
  const sqliteStore = await openState({
    auditDbPath: path.join(mkdtempSync(path.join(tmp, 'd-')), 'audit.db'),
  });
  const pgStore = await openState({
    databaseUrl: await postgres.createDatabase('scale_direct'),
    auditDbPath: path.join(keyDir, 'audit.db'),
  });
  await auditWrites(sqliteStore, 300);
  await auditWrites(pgStore, 300);
  direct.push(['SQLite (WAL, synchronous=NORMAL)', await auditWrites(sqliteStore, 3000)]);
  direct.push(['PostgreSQL (fsync, synchronous_commit on)', await auditWrites(pgStore, 3000)]);
  // The operator's knob: synchronous_commit=off for the server's sessions, from the URL alone.
  const relaxedUrl = `${await postgres.createDatabase('scale_relaxed')}?options=-c%20synchronous_commit%3Doff`;
  const relaxed = await openState({ databaseUrl: relaxedUrl, auditDbPath: path.join(keyDir, 'audit.db') });
  await auditWrites(relaxed, 300);
  direct.push(['PostgreSQL, URL `?options=-c synchronous_commit=off`', await auditWrites(relaxed, 3000)]);
  await Promise.all([sqliteStore.close(), pgStore.close(), relaxed.close()]);
  console.log(
    '\n| audit write per call (begin; op row + complete), one at a time | p50 ms | p99 ms |\n|---|---:|---:|',
  );
  for (const [n, lat] of direct)
    console.log(
      `| ${n} | ${lat[Math.floor(lat.length / 2)]!.toFixed(3)} | ${lat[Math.floor(lat.length * 0.99)]!.toFixed(3)} |`,
    );
}

// Where an instance's time goes: (b) again under --cpu-prof.
async function profileInstance(): Promise<void> {
  const profDir = mkdtempSync(path.join(tmp, 'prof-'));
  const urlP = await postgres.createDatabase('scale_prof');
  const profiled = await serve(pgEnv(urlP), { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
  const pc = await connectClients(profiled.url, CLIENTS);
  await drive(pc, WARMUP_MS, {});
  await drive(pc, Math.min(MEASURE_MS, 10_000), {});
  await Promise.all(pc.map((c) => c.close()));
  await profiled.stop();
  const profile = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (profile) {
    const { busyMs, areas, top } = splitProfile(path.join(profDir, profile));
    console.log(
      `\n| one instance on PostgreSQL, busy CPU by area (${busyMs.toFixed(0)} ms busy) | share |\n|---|---:|`,
    );
    for (const [area, share] of areas) console.log(`| ${area} | ${share.toFixed(1)}% |`);
    console.log('\n| top functions by self time (source) | share |\n|---|---:|');
    for (const [f, share] of top) console.log(`| \`${f}\` | ${share.toFixed(1)}% |`);
  } else console.log('\n(no CPU profile was written)');
}

// BENCH_SCALING_ONLY=1: the scenarios alone (for rerunning the scaling figures quickly).
if (!process.env.BENCH_SCALING_ONLY) {
  await measureAuditWrites();
  await profileInstance();
}
console.log(`\nload average at the end ${load()}`);
dyn.child.kill();
await postgres.destroy();
rmSync(tmp, { recursive: true, force: true });
process.exit(0);

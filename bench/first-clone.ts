// `initialize` during a first start: the built server is spawned over stdio with an empty model
// path and the shared models bundle as SMITHY_SYNC_URL, so it clones and builds the catalog while
// the host talks to it. The host's `initialize` is sent at several delays after the spawn (at once,
// as hosts do, and later, while the clone or the catalog build runs) and the time to its answer
// is measured from the moment it was sent, then the same for `tools/list`. Any work that held the
// event loop (the clone's child process, the catalog build) shows as a slow answer.
// Run: npm run bench:first-clone   (builds first; BENCH_ROUNDS=n rounds per delay, default 3)

import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import { BIN, freshServerHome } from './server-process.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DELAYS_MS = [0, 250, 500, 1000, 1500, 2000, 3000, 4000];

interface Sample {
  readonly delayMs: number;
  readonly initializeMs: number;
  readonly toolsListMs: number;
  /** Spawn to the server's "models ready" log line (clone + catalog build), if it came. */
  readonly modelsReadyMs: number | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One first start: spawn, wait `delayMs`, then initialize and tools/list, each timed from its send. */
async function firstStart(delayMs: number): Promise<Sample> {
  const { work, env } = freshServerHome('bench-first-clone-', { LOG_LEVEL: 'info' });
  const spawned = performance.now();
  const child = spawn(process.execPath, [BIN], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let modelsReadyMs: number | undefined;
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    if (modelsReadyMs === undefined && /"msg":"models ready","commit"/.test(stderr)) {
      modelsReadyMs = performance.now() - spawned;
    }
  });
  const answers = new Map<number, () => void>();
  let buffer = '';
  child.stdout.on('data', (c: Buffer) => {
    buffer += c.toString();
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const msg = JSON.parse(buffer.slice(0, nl)) as { id?: number };
      buffer = buffer.slice(nl + 1);
      if (msg.id !== undefined) answers.get(msg.id)?.();
    }
  });
  const request = async (id: number, method: string, params?: object): Promise<number> => {
    const sent = performance.now();
    const answered = new Promise<void>((resolve) => answers.set(id, resolve));
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) })}\n`);
    await answered;
    return performance.now() - sent;
  };
  await sleep(delayMs);
  const initializeMs = await request(1, 'initialize', {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'bench', version: '1' },
  });
  child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
  const toolsListMs = await request(2, 'tools/list');
  // Let the first start finish (so the next run does not compete with it), then stop.
  for (let waited = 0; modelsReadyMs === undefined && waited < 60_000; waited += 100) await sleep(100);
  child.kill();
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(work, { recursive: true, force: true });
  return { delayMs, initializeMs, toolsListMs, modelsReadyMs };
}

const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  console.log(`load average before: ${load()}; ${os.cpus().length} CPUs, Node ${process.version}\n`);
  const samples: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const delayMs of DELAYS_MS) samples.push(await firstStart(delayMs));
  }
  console.log(
    '| initialize sent at (ms after spawn) | runs | initialize: median / max ms | tools/list: median / max ms |',
  );
  console.log('|---:|---:|---:|---:|');
  for (const delayMs of DELAYS_MS) {
    const at = samples.filter((s) => s.delayMs === delayMs);
    const init = at.map((s) => s.initializeMs);
    const list = at.map((s) => s.toolsListMs);
    console.log(
      `| ${delayMs} | ${at.length} | ${median(init).toFixed(0)} / ${Math.max(...init).toFixed(0)} | ${median(list).toFixed(0)} / ${Math.max(...list).toFixed(0)} |`,
    );
  }
  const ready = samples.flatMap((s) => (s.modelsReadyMs === undefined ? [] : [s.modelsReadyMs]));
  console.log(
    `\nspawn to "models ready" (clone + catalog build): median ${(median(ready) / 1000).toFixed(1)} s over ${ready.length} runs`,
  );
  const all = samples.map((s) => s.initializeMs);
  console.log(
    `initialize, every run: median ${median(all).toFixed(0)} ms, max ${Math.max(...all).toFixed(0)} ms`,
  );
  console.log(`load average after: ${load()}`);
}

await main();

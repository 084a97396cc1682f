// Warm start of the real server as hosts run it: spawn `node dist/bin.js` over stdio and time it
// to the first tools/list answer, then read its RSS. The models and the catalog cache are prepared
// first (a cold start), so every measured run is a warm start on a known commit.
// Run: npm run build && npx tsx bench/startup.ts   (part of npm run bench:catalog)

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');
const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(REPO_ROOT, '..', 'shared');
const BUNDLE = path.join(SHARED_DIR, 'smithy', 'api-models-aws.bundle');
const RUNS = Number(process.env.BENCH_WARM_RUNS ?? 9);

interface Sample {
  readonly toListMs: number;
  readonly rssMb: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** Speaks raw JSON-RPC so the client's own start-up cost is not counted. */
function warmStart(env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let buffer = '';
    const send = (msg: object): void => void child.stdin.write(`${JSON.stringify(msg)}\n`);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const msg = JSON.parse(buffer.slice(0, nl)) as { id?: number; result?: { tools?: unknown[] } };
        buffer = buffer.slice(nl + 1);
        if (msg.id === 1) {
          send({ jsonrpc: '2.0', method: 'notifications/initialized' });
          send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
        } else if (msg.id === 2) {
          const toListMs = performance.now() - started;
          if (msg.result?.tools?.length !== 3) reject(new Error('tools/list did not list 3 tools'));
          const sample = { toListMs, rssMb: rssMb(child.pid!) };
          child.kill();
          resolve(sample);
        }
      }
    });
    child.once('error', reject);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-11-25',
        capabilities: {},
        clientInfo: { name: 'bench', version: '1' },
      },
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    SMITHY_SYNC_URL: BUNDLE,
    SMITHY_MODEL_PATH: path.join(work, 'models'),
    AWS_MCP_CACHE_DIR: path.join(work, 'catalog'),
    AUDIT_DB_PATH: path.join(work, 'audit.db'),
    LOG_LEVEL: 'warn',
  };
  const coldStart = performance.now();
  execFileSync(process.execPath, [BIN, 'sync'], { env, stdio: 'ignore' });
  const coldMs = performance.now() - coldStart;
  const rows: string[] = [];
  for (const [label, extra] of [
    ['auto-sync off (SMITHY_AUTO_SYNC=false)', { SMITHY_AUTO_SYNC: 'false' }],
    ['auto-sync on (fetch from the bundle, unchanged)', { SMITHY_AUTO_SYNC: 'true' }],
  ] as const) {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await warmStart({ ...env, ...extra }));
    const times = samples.map((s) => s.toListMs);
    rows.push(
      `| ${label} | ${RUNS} | ${median(times).toFixed(0)} | ${p90(times).toFixed(0)} | ${median(samples.map((s) => s.rssMb))} |`,
    );
  }
  console.log(`cold: clone + catalog build via \`aws-tool-mcp sync\`: ${(coldMs / 1000).toFixed(1)} s\n`);
  console.log('| warm start to first tools/list (stdio) | runs | median ms | p90 ms | RSS MB |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

await main();

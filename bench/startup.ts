// Warm start of the real server as hosts run it: spawn `node dist/bin.js` over stdio and time it
// to the first tools/list answer, then read its RSS. The models and the catalog cache are prepared
// first (a cold start), so every measured run is a warm start on a known commit.
// With YAWLABS_AWS_MCP=<dir of a built YawLabs/aws-mcp checkout> the same is measured for
// `node <dir>/dist/index.js`, run for run interleaved with ours, and the ratio of each pair given.
// Run: npm run bench:startup   (builds first; BENCH_WARM_RUNS=n sets the number of runs)

import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, freshServerHome, rssMb } from './server-process.js';

const RUNS = Number(process.env.BENCH_WARM_RUNS ?? 15);
const YAWLABS_DIR = process.env.YAWLABS_AWS_MCP;

interface Sample {
  readonly toListMs: number;
  readonly rssMb: number;
}

/** Speaks raw JSON-RPC so the client's own start-up cost is not counted. */
function warmStart(args: string[], env: NodeJS.ProcessEnv, minTools: number): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'ignore'] });
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
          if ((msg.result?.tools?.length ?? 0) < minTools)
            reject(new Error('tools/list listed too few tools'));
          const sample = { toListMs, rssMb: rssMb(child.pid!) };
          child.kill();
          child.once('exit', () => resolve(sample));
        }
      }
    });
    child.once('error', reject);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'bench', version: '1' },
      },
    });
  });
}

/** Node alone, spawned and exited: the floor any Node server starts from on this machine now. */
function bareNode(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - started));
  });
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => sorted(xs)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]): number => sorted(xs)[Math.floor(xs.length * 0.9)]!;

interface Contender {
  readonly label: string;
  readonly args: string[];
  readonly env: NodeJS.ProcessEnv;
  readonly minTools: number;
  readonly samples: Sample[];
}

function prepareOurs(): NodeJS.ProcessEnv {
  const { env } = freshServerHome('bench-startup-', { LOG_LEVEL: 'warn' });
  const coldStart = performance.now();
  execFileSync(process.execPath, [BIN, 'sync'], { env, stdio: 'ignore' });
  console.log(
    `cold: clone + catalog build via \`aws-tool-mcp sync\`: ${((performance.now() - coldStart) / 1000).toFixed(1)} s`,
  );
  return env;
}

function contenders(env: NodeJS.ProcessEnv): Contender[] {
  const list: Contender[] = [
    {
      label: 'aws-tool-mcp, auto-sync off',
      args: [BIN],
      env: { ...env, SMITHY_AUTO_SYNC: 'false' },
      minTools: 3,
      samples: [],
    },
    {
      label: 'aws-tool-mcp, auto-sync on (bundle unchanged)',
      args: [BIN],
      env: { ...env, SMITHY_AUTO_SYNC: 'true' },
      minTools: 3,
      samples: [],
    },
  ];
  const theirs = YAWLABS_DIR && path.join(YAWLABS_DIR, 'dist', 'index.js');
  if (theirs && existsSync(theirs)) {
    list.push({
      label: 'YawLabs/aws-mcp',
      args: [theirs],
      env: { PATH: env.PATH, HOME: env.HOME },
      minTools: 1,
      samples: [],
    });
  } else {
    console.log('YawLabs/aws-mcp: skipped (set YAWLABS_AWS_MCP to the directory of a built checkout)');
  }
  return list;
}

async function main(): Promise<void> {
  const list = contenders(prepareOurs());
  console.log(
    `load average before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${os.cpus().length} CPUs, Node ${process.version}\n`,
  );
  for (const c of list) await warmStart(c.args, c.env, c.minTools); // one unmeasured run each: disk cache
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const c of list) c.samples.push(await warmStart(c.args, c.env, c.minTools));
    bare.push(await bareNode());
  }
  console.log('| warm start to first tools/list (stdio) | runs | median ms | p90 ms | RSS MB (median) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const c of list) {
    const times = c.samples.map((s) => s.toListMs);
    console.log(
      `| ${c.label} | ${RUNS} | ${median(times).toFixed(0)} | ${p90(times).toFixed(0)} | ${median(c.samples.map((s) => s.rssMb))} |`,
    );
  }
  console.log(
    `| baseline: \`node -e 0\` (spawn to exit) | ${RUNS} | ${median(bare).toFixed(0)} | ${p90(bare).toFixed(0)} | |`,
  );
  // What is left above Node's own start (the 150 ms goal is for a quiet machine: compare with `node -e 0`).
  console.log('\n| ours / `node -e 0`, per interleaved pair | median ratio | max ratio |');
  console.log('|---|---:|---:|');
  for (const ours of list.filter((c) => c.label.startsWith('aws-tool-mcp'))) {
    const ratios = ours.samples.map((s, i) => s.toListMs / bare[i]!);
    console.log(`| ${ours.label} | ${median(ratios).toFixed(2)} | ${Math.max(...ratios).toFixed(2)} |`);
  }
  const theirs = list.find((c) => c.label.startsWith('YawLabs'));
  if (theirs) {
    console.log('\n| ours / YawLabs, per interleaved pair | median ratio | max ratio |');
    console.log('|---|---:|---:|');
    for (const ours of list.filter((c) => c !== theirs)) {
      const ratios = ours.samples.map((s, i) => s.toListMs / theirs.samples[i]!.toListMs);
      console.log(`| ${ours.label} | ${median(ratios).toFixed(2)} | ${Math.max(...ratios).toFixed(2)} |`);
    }
  }
  console.log(
    `\nload average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

await main();

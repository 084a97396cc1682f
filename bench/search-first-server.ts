// The first search of a real server as a host sees it: spawn `node dist/bin.js` over stdio
// (models and caches warm on disk), send initialize, tools/list, wait while "the model reads the
// tool list" (BENCH_THINK_MS, default 1,500 ms; a model takes longer than that to answer), then
// time the first aws_search_operations call from request to answer. With BASELINE_DIST=<a copy of
// another build's dist/> the same is run for it, run for run interleaved, and each pair's ratio
// is given, so a change is compared under the same load.
// Run: npm run bench:search-first-server   (builds first; BENCH_RUNS=n, BENCH_THINK_MS=ms)

import { execFileSync, spawn, type StdioOptions } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { BIN, freshServerHome, rssMb } from './server-process.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1_500);
const QUERY = 'list my s3 buckets';

interface Sample {
  readonly searchMs: number;
  /** RSS at the tools/list answer, and after the first search. */
  readonly listRssMb: number;
  readonly rssMb: number;
  readonly first: string;
}

interface Reply {
  id?: number;
  result?: { structuredContent?: { results?: { operation?: string }[] }; isError?: boolean };
}

/** Raw JSON-RPC, so no client library's own cost is in the figure. */
function firstSearch(bin: string, env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    const send = (msg: object): void => void child.stdin.write(`${JSON.stringify(msg)}\n`);
    let buffer = '';
    let sentAt = 0;
    let listRssMb = 0;
    const onReply = (msg: Reply): void => {
      if (msg.id === 1) {
        send({ jsonrpc: '2.0', method: 'notifications/initialized' });
        send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
      } else if (msg.id === 2) {
        listRssMb = rssMb(child.pid!);
        setTimeout(() => {
          sentAt = performance.now();
          const args = { name: 'aws_search_operations', arguments: { query: QUERY } };
          send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: args });
        }, THINK_MS);
      } else if (msg.id === 3) {
        const searchMs = performance.now() - sentAt;
        if (msg.result?.isError) reject(new Error(`search failed: ${JSON.stringify(msg.result)}`));
        const first = msg.result?.structuredContent?.results?.[0]?.operation ?? '?';
        const sample = { searchMs, listRssMb, rssMb: rssMb(child.pid!), first };
        child.kill();
        child.once('exit', () => resolve(sample));
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        onReply(JSON.parse(line) as Reply);
      }
    });
    child.once('error', reject);
    const clientInfo = { name: 'bench', version: '1' };
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo },
    });
  });
}

function prepare(bin: string): NodeJS.ProcessEnv {
  const { env } = freshServerHome('bench-search-first-', { SMITHY_AUTO_SYNC: 'false', LOG_LEVEL: 'warn' });
  const stdio: StdioOptions = ['ignore', 'ignore', 'inherit'];
  execFileSync(process.execPath, [bin, 'sync'], { env: { ...env, SMITHY_AUTO_SYNC: 'true' }, stdio });
  // the CLI search writes the index cache file, as a server's first search would
  execFileSync(process.execPath, [bin, 'search', QUERY], { env, stdio });
  return env;
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => sorted(xs)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]): number => sorted(xs)[Math.floor(xs.length * 0.9)]!;
const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

interface Contender {
  readonly label: string;
  readonly bin: string;
  readonly samples: Sample[];
}

async function main(): Promise<void> {
  const list: Contender[] = [{ label: 'this build', bin: BIN, samples: [] }];
  const baseline = process.env.BASELINE_DIST;
  if (baseline) list.push({ label: 'baseline', bin: path.resolve(baseline, 'bin.js'), samples: [] });
  const env = prepare(list[0]!.bin); // one models tree and cache directory, shared by both
  console.log(`load average before: ${load()}; ${os.cpus().length} CPUs, Node ${process.version}`);
  console.log(`query "${QUERY}", ${THINK_MS} ms between the tools/list answer and the search\n`);
  for (const c of list) await firstSearch(c.bin, env); // one unmeasured run each: disk cache
  for (let i = 0; i < RUNS; i++) {
    for (const c of i % 2 === 0 ? list : [...list].reverse()) c.samples.push(await firstSearch(c.bin, env));
  }
  console.log(
    '| first aws_search_operations in a fresh server | runs | p50 ms | p90 ms | RSS MB at tools/list | RSS MB after (median) | top hit |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const c of list) {
    const ms = c.samples.map((s) => s.searchMs);
    const rss = median(c.samples.map((s) => s.rssMb));
    const listRss = median(c.samples.map((s) => s.listRssMb));
    console.log(
      `| ${c.label} | ${RUNS} | ${median(ms).toFixed(1)} | ${p90(ms).toFixed(1)} | ${listRss} | ${rss} | ${c.samples[0]!.first} |`,
    );
  }
  if (list.length === 2) {
    const ratios = list[0]!.samples.map((s, i) => s.searchMs / list[1]!.samples[i]!.searchMs);
    console.log(`\nthis build / baseline, per interleaved pair: median ${median(ratios).toFixed(2)}x`);
  }
  console.log(`\nload average after: ${load()}`);
}

await main();

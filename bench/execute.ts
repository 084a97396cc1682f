// Benchmark of the execution layer (issue 6). Run: npm run bench:execute
//  (a) our library path, invokeOperation GetItem, against dynalite on 127.0.0.1;
//  (b) the official @aws-sdk/client-dynamodb GetItem, same process, same dynalite;
//  (c) the same GetItem through MCP over stdio (built server: aws_execute invoke, policy, audit);
//  each at concurrency 1 and 16, throughput and p50/p99 latency, ratios within this run;
//  (d) the first call to a not-yet-loaded service in a fresh process (model parse, schema build,
//  endpoint, credentials, signing, send) against a local listener;
//  then the serde table (bench/execute-serde.ts).
// dynalite runs in its own process so that it does not share the client's event loop.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ModelFile } from '../src/model/ast.js';
import { ServiceModel } from '../src/model/service-model.js';
import { createCredentialResolver } from '../src/execution/credentials.js';
import { invokeOperation } from '../src/execution/executor.js';
import { createCallEnvironment } from '../src/execution/environment.js';

/** One transport, clock and clock skew for every call of this file, as a server has. */
const env = createCallEnvironment();

const ROOT = path.resolve(import.meta.dirname, '..');
const MODELS = path.join(ROOT, '.cache', 'test-models');
const BIN = path.join(ROOT, 'dist', 'bin.js');
const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const KEY = { pk: { S: 'k1' } };

function loadModel(dir: string): ServiceModel {
  const serviceDir = path.join(MODELS, dir, 'service');
  const folder = path.join(serviceDir, readdirSync(serviceDir).sort().at(-1)!);
  const file = readdirSync(folder).find((f) => f.endsWith('.json'))!;
  return new ServiceModel(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as ModelFile);
}

// ---- (d) child mode: one fresh process, one first call -------------------------------------
if (process.argv[2] === '--first-call') {
  const [, , , dir, opName, endpointUrl] = process.argv;
  const t0 = performance.now();
  const model = loadModel(dir!);
  const tParsed = performance.now();
  const resolver = createCredentialResolver({ region: 'us-east-1' });
  const call = () =>
    invokeOperation({
      env,
      model,
      op: model.operation(opName!)!,
      input: {},
      region: 'us-east-1',
      credentials: () => resolver.resolve(),
      endpointUrl,
      maxAttempts: 1,
    });
  const first = await call();
  const t1 = performance.now();
  await call();
  const t2 = performance.now();
  if (!first.ok) throw new Error(`first call failed: ${first.error.code}`);
  process.stdout.write(JSON.stringify({ parse: tParsed - t0, first: t1 - t0, second: t2 - t1 }));
  process.exit(0);
}

interface Stats {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Client-process CPU per request, µs (user + system). */
  readonly cpuUs: number;
  /** CPU per request of the MCP server process and of dynalite, µs (10 ms tick resolution). */
  readonly serverCpuUs: number;
  readonly dynaliteCpuUs: number;
}

/** user + system CPU of another process, ms, from /proc (Linux). */
function procCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
}

const watched: { server?: number; dynalite?: number } = {};

/** n calls with `concurrency` in flight; latency of each call, throughput of the whole. */
async function measure(n: number, concurrency: number, fn: () => Promise<void>): Promise<Stats> {
  const lat = new Float64Array(n);
  let next = 0;
  const cpu0 = process.cpuUsage();
  const server0 = procCpuMs(watched.server);
  const dyn0 = procCpuMs(watched.dynalite);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const s = performance.now();
        await fn();
        lat[i] = performance.now() - s;
      }
    }),
  );
  const elapsed = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  lat.sort();
  return {
    rps: (n * 1000) / elapsed,
    p50: lat[Math.floor(n * 0.5)]!,
    p99: lat[Math.floor(n * 0.99)]!,
    cpuUs: (cpu.user + cpu.system) / n,
    serverCpuUs: ((procCpuMs(watched.server) - server0) * 1000) / n,
    dynaliteCpuUs: ((procCpuMs(watched.dynalite) - dyn0) * 1000) / n,
  };
}

function startChild(
  code: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', code], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const m = /PORT (\d+)/.exec(d.toString());
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on('exit', (c) => reject(new Error(`child exited ${c}`)));
  });
}

const load1 = os.loadavg().map((x) => x.toFixed(2));
console.log(`node ${process.version}, ${os.cpus().length} cpus, load average at start ${load1.join(' ')}`);

// dynalite in its own process; it exits when our end of its stdin closes.
const dyn = await startChild(`
  const d = require('dynalite')({ createTableMs: 0 });
  d.listen(0, '127.0.0.1', () => console.log('PORT ' + d.address().port));
  process.stdin.on('end', () => process.exit(0)).resume();`);
const dynalite = `http://127.0.0.1:${dyn.port}`;
watched.dynalite = dyn.child.pid;

const ddb = loadModel('dynamodb');
const ours = (operation: string, input: Record<string, unknown>) =>
  invokeOperation({
    env,
    model: ddb,
    op: ddb.operation(operation)!,
    input,
    region: 'us-east-1',
    credentials: CREDENTIALS,
    endpointUrl: dynalite,
  });
await ours('CreateTable', {
  TableName: 'bench',
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  BillingMode: 'PAY_PER_REQUEST',
});
await ours('PutItem', {
  TableName: 'bench',
  Item: { ...KEY, name: { S: 'widget' }, n: { N: '42' }, tags: { SS: ['a', 'b'] } },
});

// (a) and (b) in one process: our engine keeps its schemas in private registries, so loading the
// official client (which registers its own, process-wide) must not disturb it; checked below.
const { DynamoDBClient, GetItemCommand } = await import('@aws-sdk/client-dynamodb');
const official = new DynamoDBClient({ region: 'us-east-1', endpoint: dynalite, credentials: CREDENTIALS });
const getA = async (): Promise<void> => {
  const r = await ours('GetItem', { TableName: 'bench', Key: KEY });
  if (!r.ok || !(r.output.Item as Record<string, unknown>)?.name) throw new Error('GetItem (ours) failed');
};
const getB = async (): Promise<void> => {
  const r = await official.send(new GetItemCommand({ TableName: 'bench', Key: KEY }));
  if (!r.Item?.name) throw new Error('GetItem (official) failed');
};

// (c) the built server over stdio, with the 2.x MCP client.
const { Client } = await import('@modelcontextprotocol/client');
const { StdioClientTransport } = await import('@modelcontextprotocol/client/stdio');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-execute-'));
writeFileSync(path.join(tmp, 'policy.yaml'), 'version: 1\nmode: standard\n');
const mcp = new Client({ name: 'bench-execute', version: '1.0.0' });
const transport = new StdioClientTransport({
  command: process.execPath,
  // BENCH_SERVER_CPU_PROF=<dir>: write a CPU profile of the server (where the added time goes).
  args: process.env.BENCH_SERVER_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`, BIN]
    : [BIN],
  stderr: 'inherit',
  env: {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    SMITHY_AUTO_SYNC: 'false',
    SMITHY_MODEL_PATH: MODELS,
    AWS_MCP_CACHE_DIR: path.join(ROOT, '.cache', 'test-catalog'),
    AUDIT_DB_PATH: path.join(tmp, 'audit.db'),
    POLICY_PATH: path.join(tmp, 'policy.yaml'),
    AWS_ENDPOINT_URL_DYNAMODB: dynalite,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    LOG_LEVEL: 'warn',
  },
});
await mcp.connect(transport);
watched.server = transport.pid ?? undefined;
const getItemOverMcp = () =>
  mcp.callTool({
    name: 'aws_execute',
    arguments: {
      action: 'invoke',
      service: 'dynamodb',
      operation: 'GetItem',
      payload: { TableName: 'bench', Key: KEY },
    },
  });
const getC = async (): Promise<void> => {
  const r = await getItemOverMcp();
  if (r.isError || !JSON.stringify(r.structuredContent).includes('widget')) {
    throw new Error(`GetItem over MCP failed: ${JSON.stringify(r.structuredContent).slice(0, 300)}`);
  }
};

const paths: Array<[string, () => Promise<void>]> = [
  ['(a) library invokeOperation', getA],
  ['(b) official client-dynamodb', getB],
  ['(c) MCP stdio aws_execute', getC],
];
for (const [, fn] of paths) for (let i = 0; i < 300; i++) await fn(); // warm-up: JIT, sockets, caches
const sample = await getItemOverMcp();
console.log(`one aws_execute GetItem result: ${JSON.stringify(sample).length} bytes of JSON`);

const ROUNDS = 3;
const results = new Map<string, Stats[]>();
for (const concurrency of [1, 16]) {
  const n = concurrency === 1 ? 1500 : 4000;
  // Rounds interleave the paths so that machine noise spreads over all of them.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of paths) {
      const key = `${name}|${concurrency}`;
      results.set(key, [...(results.get(key) ?? []), await measure(n, concurrency, fn)]);
    }
  }
}
/** The round with the median throughput of a path. */
const median = (name: string, c: number): Stats =>
  [...results.get(`${name}|${c}`)!].sort((x, y) => x.rps - y.rps)[Math.floor(ROUNDS / 2)]!;

console.log(
  '\n| path | concurrency | req/s | p50 ms | p99 ms | CPU µs/req: bench | MCP server | dynalite |\n|---|---:|---:|---:|---:|---:|---:|---:|',
);
for (const c of [1, 16]) {
  for (const [name] of paths) {
    const s = median(name, c);
    console.log(
      `| ${name} | ${c} | ${s.rps.toFixed(0)} | ${s.p50.toFixed(3)} | ${s.p99.toFixed(3)} | ${s.cpuUs.toFixed(0)} | ${s.serverCpuUs.toFixed(0)} | ${s.dynaliteCpuUs.toFixed(0)} |`,
    );
  }
}
console.log('\n| ratio (same run) | concurrency 1 | concurrency 16 |\n|---|---:|---:|');
const [A, B, C] = paths.map(([n]) => n) as [string, string, string];
const row = (label: string, f: (c: number) => string): void =>
  console.log(`| ${label} | ${f(1)} | ${f(16)} |`);
row('throughput (a)/(b), goal >= 90%', (c) => `${((100 * median(A, c).rps) / median(B, c).rps).toFixed(1)}%`);
row(
  'client CPU per request (a)/(b)',
  (c) => `${((100 * median(A, c).cpuUs) / median(B, c).cpuUs).toFixed(1)}%`,
);
row(
  'added MCP+policy+audit p50 (c)-(a), goal <= 1 ms',
  (c) => `${(median(C, c).p50 - median(A, c).p50).toFixed(3)} ms`,
);
row('added MCP+policy+audit p99 (c)-(a)', (c) => `${(median(C, c).p99 - median(A, c).p99).toFixed(3)} ms`);
await mcp.close();
official.destroy();

// (d) first call to a service no one loaded yet, each in a fresh process (median of 3).
const listener = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const json = req.headers['x-amz-target'] !== undefined;
    res.writeHead(200, { 'content-type': json ? 'application/x-amz-json-1.1' : 'text/xml' });
    res.end(json ? '{}' : '<DescribeRegionsResponse><regionInfo/></DescribeRegionsResponse>');
  });
});
await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
const local = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
console.log(
  '\n| first call in a fresh process, goal <= 100 ms | model parse ms | first call ms (incl. parse) | second call ms |\n|---|---:|---:|---:|',
);
for (const [dir, op] of [
  ['sqs', 'ListQueues'],
  ['kinesis', 'ListStreams'],
  ['ec2', 'DescribeRegions'],
] as const) {
  const runs: Array<{ parse: number; first: number; second: number }> = [];
  for (let i = 0; i < 3; i++) {
    const child = spawn(
      process.execPath,
      [...process.execArgv, import.meta.filename, '--first-call', dir, op, local],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...{
            AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
            AWS_EC2_METADATA_DISABLED: 'true',
            AWS_CONFIG_FILE: '/dev/null',
            AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          },
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((r) => child.on('exit', r));
    runs.push(JSON.parse(out) as { parse: number; first: number; second: number });
  }
  const mid = runs.sort((x, y) => x.first - y.first)[1]!;
  console.log(
    `| ${dir} ${op} | ${mid.parse.toFixed(1)} | ${mid.first.toFixed(1)} | ${mid.second.toFixed(1)} |`,
  );
}
listener.close();
dyn.child.stdin!.end();

console.log(
  `\nload average after the comparisons ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const { runSerdeBench } = await import('./execute-serde.js');
console.log('\n| serde step | calls | per call |\n|---|---:|---:|');
for (const [step, calls, per] of await runSerdeBench()) console.log(`| ${step} | ${calls} | ${per} |`);
process.exit(0);

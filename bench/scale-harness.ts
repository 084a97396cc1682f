// The pieces of `npm run bench:scale` (bench/scale.ts): processes to start and watch (dynalite,
// a round-robin proxy, `serve --http` instances), 50 MCP clients, and the load loop that measures
// throughput, latency and CPU per call of every process.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { CpuGroup } from './scale-cgroup.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'dist', 'bin.js');
const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
export const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
writeFileSync(path.join(tmp, 'policy.yaml'), 'version: 1\nmode: standard\n');

/** user + system CPU of a process, ms, from /proc (clock ticks of 10 ms); 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

/** Every PostgreSQL process (postmaster and backends) of this machine's benchmark server. */
export function postgresCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuMs(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** A `node -e` child that prints its port on stdout once listening. */
export function nodeChild(code: string, args: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['-e', code, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve({ child, port: Number(d.toString().trim()) }));
    child.once('exit', (c) => reject(new Error(`child exited ${c}`)));
  });
}

const DYNALITE = `const d = require('dynalite')({ createTableMs: 0 });
d.listen(0, '127.0.0.1', () => console.log(d.address().port));`;

/** dynalite in a child process with the `bench` table and the item every client reads. */
export async function seededDynalite(): Promise<{ child: ChildProcess; url: string }> {
  const { child, port } = await nodeChild(DYNALITE);
  const url = `http://127.0.0.1:${port}`;
  const ddb = new DynamoDBClient({ endpoint: url, region: 'us-east-1', credentials: CREDENTIALS });
  await ddb.send(
    new CreateTableCommand({
      TableName: 'bench',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  await ddb.send(
    new PutItemCommand({ TableName: 'bench', Item: { pk: { S: 'item-1' }, name: { S: 'widget' } } }),
  );
  ddb.destroy();
  return { child, url };
}

/** Round-robin over the targets (argv), keep-alive upstream, streaming both ways. */
export const PROXY = `const http = require('node:http');
const targets = process.argv.slice(1).map((u) => new URL(u));
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
let next = 0;
const server = http.createServer((req, res) => {
  const t = targets[next++ % targets.length];
  const up = http.request({ host: t.hostname, port: t.port, path: req.url, method: req.method,
    headers: { ...req.headers, host: t.host }, agent }, (r) => { res.writeHead(r.statusCode, r.headers); r.pipe(res); });
  up.on('error', () => res.writeHead(502).end());
  req.pipe(up);
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;

export interface Instance {
  readonly child: ChildProcess;
  readonly url: string;
  readonly group?: CpuGroup;
  stop(): Promise<void>;
}

export interface ServeOptions {
  readonly nodeArgs?: readonly string[];
  /** Another build's entry point, for A/B runs (bench/scale-cpu.ts); this tree's dist by default. */
  readonly bin?: string;
  /** A CPU budget (scale-cgroup.ts): the instance starts inside that group. */
  readonly group?: CpuGroup;
}

export function serve(env: Record<string, string>, opts: ServeOptions = {}): Promise<Instance> {
  const argv = [process.execPath, ...(opts.nodeArgs ?? []), opts.bin ?? BIN, 'serve', '--http'];
  const [command, ...args] = opts.group ? opts.group.wrap(argv) : argv;
  const child = spawn(command!, args, {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      SMITHY_AUTO_SYNC: 'false',
      SMITHY_MODEL_PATH: path.join(ROOT, '.cache', 'test-models'),
      AWS_MCP_CACHE_DIR: path.join(ROOT, '.cache', 'test-catalog'),
      POLICY_PATH: path.join(tmp, 'policy.yaml'),
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_MCP_HTTP_PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let seen = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (seen.length < 100_000) seen += chunk.toString();
      const m = /"msg":"listening","url":"([^"]+)"/.exec(seen);
      if (m) {
        seen = 'x'.repeat(100_000); // stop keeping the log
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        resolve({
          child,
          url: m[1]!,
          ...(opts.group ? { group: opts.group } : {}),
          stop: async () => (child.kill('SIGTERM'), await exited),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
}

const GET_ITEM = {
  name: 'aws_execute',
  arguments: {
    action: 'invoke',
    service: 'dynamodb',
    operation: 'GetItem',
    payload: { TableName: 'bench', Key: { pk: { S: 'item-1' } } },
  },
};

export async function connectClients(url: string, n: number): Promise<Client[]> {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const client = new Client(
        { name: `bench-scale-${i}`, version: '1.0.0' },
        { versionNegotiation: { mode: { pin: '2026-07-28' } } },
      );
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      return client;
    }),
  );
}

export interface Load {
  readonly ok: number;
  readonly failed: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU per call, µs, by process. */
  readonly cpuUs: Record<string, number>;
}

/** Every client calls in a loop for `ms`; latency of each call, and CPU of each watched process. */
export async function drive(
  clients: Client[],
  ms: number,
  watched: Record<string, () => number>,
): Promise<Load> {
  const lat: number[] = [];
  let failed = 0;
  const before = Object.fromEntries(Object.entries(watched).map(([k, f]) => [k, f()]));
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + ms;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const s = performance.now();
        const r = await c.callTool(GET_ITEM);
        if (r.isError || !JSON.stringify(r.structuredContent).includes('widget')) failed += 1;
        else lat.push(performance.now() - s);
      }
    }),
  );
  const elapsed = performance.now() - t0;
  const used = process.cpuUsage(client0);
  lat.sort((a, b) => a - b);
  const calls = lat.length + failed;
  const cpuUs: Record<string, number> = {
    [`load generator (${clients.length} clients)`]: (used.user + used.system) / calls,
  };
  for (const [k, f] of Object.entries(watched)) cpuUs[k] = ((f() - before[k]!) * 1000) / calls;
  return {
    ok: lat.length,
    failed,
    rps: (lat.length * 1000) / elapsed,
    p50: lat[Math.floor(lat.length * 0.5)] ?? NaN,
    p99: lat[Math.floor(lat.length * 0.99)] ?? NaN,
    cpuUs,
  };
}

// Two `serve --http` instances on one PostgreSQL behind a round-robin proxy, under load:
// - per-person rate limits hold across the instances (the counters are in the database): the
//   N+1th call of the minute is refused with RateLimited and nothing is sent, and of the calls in
//   flight at once only the limit run, wherever they landed;
// - kill -9 of one instance while concurrent clients invoke against dynalite: every call a client
//   saw succeed is in the audit as succeeded, and the other instance keeps serving new calls;
// - PostgreSQL stopped and restarted while clients keep calling: calls in the gap are refused with
//   StateUnavailable, every request that reached AWS has its audit record, and service resumes
//   without a restart.

import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { startDynalite, writeStandardPolicy, type Emulator } from '../helpers/emulators.js';
import { startHttpServer, untilReady, type HttpServerProcess } from '../helpers/http-server.js';
import { connectClient, type TestClient, type ToolOutcome } from '../helpers/mcp-clients.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { startRoundRobin, type RoundRobinProxy } from '../helpers/round-robin.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

let db: TestPostgres;

beforeAll(async () => {
  requireBuild();
  db = await startPostgres();
});
afterAll(async () => {
  await db?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Deployment {
  readonly env: Record<string, string>;
  readonly instances: HttpServerProcess[];
  readonly proxy: RoundRobinProxy;
  stop(): Promise<void>;
}

async function deploy(name: string, extra: Record<string, string>): Promise<Deployment> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `multi-load-${name}-`));
  const env = serverEnv({
    AWS_MCP_DATABASE_URL: await db.createDatabase(name),
    AUDIT_DB_PATH: path.join(dir, 'audit.db'),
    ...extra,
  });
  const instances = await Promise.all([startHttpServer(env), startHttpServer(env)]);
  await Promise.all(instances.map(untilReady));
  const proxy = await startRoundRobin(instances.map((i) => i.url));
  return {
    env,
    instances,
    proxy,
    stop: async () => {
      for (const i of instances) i.stop();
      await proxy.close();
    },
  };
}

async function query<T>(env: Record<string, string>, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: env.AWS_MCP_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const invoke = (client: TestClient, operation: string, payload: object = {}) =>
  client.call('aws_execute', { action: 'invoke', service: 'dynamodb', operation, payload });

/** Waits until at least 25 s of the current minute are left, so a test's counts share one window. */
async function freshMinute(): Promise<void> {
  const into = Date.now() % 60_000;
  if (into > 35_000) await sleep(60_000 - into + 200);
}

/** DynamoDB stand-in that records each X-Amz-Target and holds DescribeLimits until released. */
async function heldDynamo(): Promise<{
  url: string;
  sent: string[];
  held: (() => void)[];
  close(): Promise<void>;
}> {
  const sent: string[] = [];
  const held: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    req.resume();
    req.on('end', () => {
      sent.push(target);
      const answer = () =>
        void res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
      if (target.endsWith('.DescribeLimits')) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    held,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('rate limits across two instances', () => {
  let d: Deployment;
  let aws: Awaited<ReturnType<typeof heldDynamo>>;

  beforeAll(async () => {
    aws = await heldDynamo();
    const policy = writeStandardPolicy('rate_limits: { calls_per_minute: 8, concurrent_calls: 2 }\n');
    d = await deploy('rates', { POLICY_PATH: policy, AWS_ENDPOINT_URL_DYNAMODB: aws.url });
  });
  afterAll(async () => {
    for (const answer of aws?.held.splice(0) ?? []) answer();
    await d?.stop();
    await aws?.close();
  });

  it('calls in flight and calls per minute are counted once for both instances', async () => {
    const client = await connectClient('v2-modern', { http: d.proxy.url });
    const posts = () => d.proxy.forwarded.filter((f) => f.method === 'POST');
    try {
      await freshMinute();
      // Two calls held in flight, one on each instance: a third is refused wherever it lands.
      const first = invoke(client, 'DescribeLimits');
      const second = invoke(client, 'DescribeLimits');
      while (aws.held.length < 2) await sleep(20);
      expect(
        new Set(
          posts()
            .slice(-2)
            .map((f) => f.target),
        ).size,
      ).toBe(2);
      const third = await invoke(client, 'ListTables');
      expect(third.data.error?.code).toBe('RateLimited');
      expect(third.data.error?.details.limit).toBe('concurrent');
      for (const answer of aws.held.splice(0)) answer();
      expect((await Promise.all([first, second])).map((r) => r.isError)).toEqual([false, false]);
      // 2 of 8 used this minute: 6 more run, alternating between the instances; the 7th does not.
      const before = aws.sent.length;
      const results: ToolOutcome[] = [];
      for (let i = 0; i < 7; i++) results.push(await invoke(client, 'ListTables'));
      expect(results.slice(0, 6).map((r) => r.isError)).toEqual(Array(6).fill(false));
      expect(results[6]!.data.error?.code).toBe('RateLimited');
      expect(results[6]!.data.error?.details.limit).toBe('calls');
      expect(aws.sent.length - before).toBe(6);
      expect(
        new Set(
          posts()
            .slice(-7)
            .map((f) => f.target),
        ).size,
      ).toBe(2);
    } finally {
      await client.close();
    }
  });
});

/** Clients that call in a loop until stopped, each outcome kept with the phase it started and ended in. */
interface Outcome {
  readonly started: string;
  readonly ended: string;
  readonly ok: boolean;
  readonly code?: string;
  readonly txId?: string;
}

function loadOf(clients: TestClient[], call: (c: TestClient, w: number, i: number) => Promise<ToolOutcome>) {
  const outcomes: Outcome[] = [];
  let phase = 'before';
  let stopped = false;
  const worker = async (client: TestClient, w: number) => {
    for (let i = 0; !stopped; i++) {
      const started = phase;
      try {
        const r = await call(client, w, i);
        outcomes.push({
          started,
          ended: phase,
          ok: !r.isError,
          ...(r.isError
            ? { code: r.data.error?.code ?? JSON.stringify(r.data) }
            : { txId: r.data.metadata.tx_id }),
        });
      } catch {
        // The proxy's 502 for an instance that is gone: nothing was acknowledged.
        outcomes.push({ started, ended: phase, ok: false, code: 'transport' });
        await sleep(10);
      }
    }
  };
  const running = clients.map((c, w) => worker(c, w));
  return {
    outcomes,
    set phase(p: string) {
      phase = p;
    },
    /** Resolves once `n` outcomes match. */
    async until(n: number, match: (o: Outcome) => boolean): Promise<void> {
      while (outcomes.filter(match).length < n) await sleep(20);
    },
    async stop(): Promise<void> {
      stopped = true;
      await Promise.all(running);
    },
  };
}

describe('kill -9 of one instance under load', () => {
  let d: Deployment;
  let dynamo: Emulator;

  beforeAll(async () => {
    dynamo = await startDynalite();
    d = await deploy('killed', {
      POLICY_PATH: writeStandardPolicy(),
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    });
  });
  afterAll(async () => {
    await d?.stop();
    await dynamo?.stop();
  });

  it('every call a client saw succeed is audited as succeeded; the other instance keeps serving', async () => {
    const survivor = await connectClient('v2-modern', { http: d.instances[1]!.url });
    const clients = await Promise.all(
      Array.from({ length: 6 }, () => connectClient('v2-modern', { http: d.proxy.url })),
    );
    try {
      const created = await invoke(survivor, 'CreateTable', {
        TableName: 'load',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      });
      expect(created.isError, JSON.stringify(created.data)).toBe(false);
      const load = loadOf(clients, (c, w, i) =>
        invoke(c, 'PutItem', { TableName: 'load', Item: { pk: { S: `w${w}-${i}` } } }),
      );
      await load.until(30, (o) => o.ok);
      d.instances[0]!.child.kill('SIGKILL');
      load.phase = 'killed';
      await load.until(30, (o) => o.ok && o.started === 'killed');
      await load.stop();
      const acknowledged = load.outcomes.filter((o) => o.ok).map((o) => o.txId!);
      const audited = await query<{ tx_id: string }>(
        d.env,
        "SELECT tx_id FROM audit_tx WHERE tx_id = ANY($1) AND status = 'succeeded'",
        [acknowledged],
      );
      expect(audited.map((r) => r.tx_id).sort()).toEqual([...acknowledged].sort());
      // Refusals were only the dead instance's (the proxy's 502), never a failed call on the survivor.
      expect(new Set(load.outcomes.filter((o) => !o.ok).map((o) => o.code))).toEqual(new Set(['transport']));
      const after = await invoke(survivor, 'PutItem', { TableName: 'load', Item: { pk: { S: 'after' } } });
      expect(after.isError, JSON.stringify(after.data)).toBe(false);
    } finally {
      await Promise.all([survivor, ...clients].map((c) => c.close().catch(() => undefined)));
    }
  });
});

describe('PostgreSQL stopped and restarted under load', () => {
  let d: Deployment;
  let capture: CaptureServer;

  beforeAll(async () => {
    capture = await startCaptureServer(() => ({
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.0' },
      body: '{"TableNames":[]}',
    }));
    d = await deploy('outage', {
      POLICY_PATH: writeStandardPolicy(),
      AWS_ENDPOINT_URL_DYNAMODB: capture.url,
    });
  });
  afterAll(async () => {
    await d?.stop();
    await capture?.close();
  });

  it('calls in the gap are refused with StateUnavailable, none runs unrecorded, service resumes', async () => {
    const clients = await Promise.all(
      Array.from({ length: 4 }, () => connectClient('v2-modern', { http: d.proxy.url })),
    );
    try {
      const load = loadOf(clients, (c) => invoke(c, 'ListTables'));
      await load.until(20, (o) => o.ok);
      // The gap is from the server's exit to its restart: calls that start while it is shutting
      // down or starting up may get through, and are not counted in it.
      load.phase = 'stopping';
      await db.stop();
      load.phase = 'gap';
      await load.until(12, (o) => o.started === 'gap' && o.ended === 'gap');
      load.phase = 'starting';
      await db.start();
      load.phase = 'after';
      await load.until(20, (o) => o.ok && o.started === 'after');
      await load.stop();
      const inGap = load.outcomes.filter((o) => o.started === 'gap' && o.ended === 'gap');
      expect(new Set(inGap.map((o) => o.code))).toEqual(new Set(['StateUnavailable']));
      // Every request that reached AWS names its call's tx_id (User-Agent): each has its record.
      const sentTx = [
        ...new Set(
          capture.requests.map((r) => /md\/tx_id#([0-9a-f-]+)/.exec(r.headers['user-agent'] ?? '')?.[1]),
        ),
      ];
      expect(sentTx).not.toContain(undefined);
      const recorded = await query<{ tx_id: string }>(
        d.env,
        'SELECT tx_id FROM audit_tx WHERE tx_id = ANY($1)',
        [sentTx],
      );
      expect(recorded).toHaveLength(sentTx.length);
      // Every success, before and after the gap, is audited as succeeded.
      const acknowledged = load.outcomes.filter((o) => o.ok).map((o) => o.txId!);
      const succeeded = await query<{ n: number }>(
        d.env,
        "SELECT count(*)::int AS n FROM audit_tx WHERE tx_id = ANY($1) AND status = 'succeeded'",
        [acknowledged],
      );
      expect(succeeded[0]!.n).toBe(acknowledged.length);
    } finally {
      await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    }
  });
});

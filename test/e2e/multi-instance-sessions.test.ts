// 2025-era (Mcp-Session-Id) clients behind a round-robin proxy over two `serve --http` instances
// on one PostgreSQL, no sticky sessions: the real 2.x SDK client keeps its session while its
// requests alternate between the instances (the other instance rebuilds the session from the
// shared record, client name and all); a DELETE on one instance ends it on both; an idle session
// is forgotten on both (404, as the spec says); and with authentication on, another person holding
// the session id is refused on the instance that did not open it, before and after it rebuilt it.

import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { mkdtempSync } from 'node:fs';
import { connectClient } from '../helpers/mcp-clients.js';
import { writeStandardPolicy } from '../helpers/emulators.js';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { startHttpServer, untilReady, type HttpServerProcess } from '../helpers/http-server.js';
import { MCP_SCOPE, startOidcProvider, type TestIssuer } from '../helpers/oidc.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { startRoundRobin, type RoundRobinProxy } from '../helpers/round-robin.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

const IDLE_SECONDS = 8;

let db: TestPostgres;
let capture: CaptureServer;
let env: Record<string, string>;
const instances: HttpServerProcess[] = [];
let proxy: RoundRobinProxy;

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** One raw JSON-RPC POST with a session id, straight to one instance. */
function post(url: string, sessionId: string, body: object, token?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      ...MCP_HEADERS,
      'mcp-session-id': sessionId,
      'mcp-protocol-version': '2025-11-25',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

const listTools = { jsonrpc: '2.0', id: 7, method: 'tools/list' };
const listTables = {
  jsonrpc: '2.0',
  id: 8,
  method: 'tools/call',
  params: {
    name: 'aws_execute',
    arguments: { action: 'invoke', service: 'dynamodb', operation: 'ListTables', payload: {} },
  },
};

/** Waits until the instance's /readyz says ready (models loaded, database reachable). */

async function startPair(extra: Record<string, string>): Promise<HttpServerProcess[]> {
  const pair = await Promise.all([startHttpServer(extra), startHttpServer(extra)]);
  await Promise.all(pair.map(untilReady));
  return pair;
}

beforeAll(async () => {
  requireBuild();
  db = await startPostgres();
  capture = await startCaptureServer(() => ({
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: '{"TableNames":[]}',
  }));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'multi-sessions-'));
  env = serverEnv({
    AWS_ENDPOINT_URL_DYNAMODB: capture.url,
    AWS_MCP_DATABASE_URL: await db.createDatabase('sessions'),
    AWS_MCP_HTTP_SESSION_IDLE_SECONDS: String(IDLE_SECONDS),
    POLICY_PATH: writeStandardPolicy('approval:\n  require_for: [destructive]\n'),
    AUDIT_DB_PATH: path.join(dir, 'audit.db'),
  });
  instances.push(...(await startPair(env)));
  proxy = await startRoundRobin(instances.map((i) => i.url));
});

afterAll(async () => {
  for (const i of instances) i.stop();
  await proxy?.close();
  await capture?.close();
  await db?.destroy();
});

async function connect(name: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const client = new Client({ name, version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(proxy.url));
  await client.connect(transport);
  expect(client.getNegotiatedProtocolVersion()).toBe('2025-11-25');
  return { client, transport };
}

async function auditOf(sessionId: string): Promise<{ session_id: string; user_agent: string }[]> {
  const audit = new pg.Client({ connectionString: env.AWS_MCP_DATABASE_URL });
  await audit.connect();
  try {
    const { rows } = await audit.query(
      "SELECT session_id, user_agent FROM audit_tx WHERE session_id LIKE '%/http:' || $1",
      [sessionId],
    );
    return rows;
  } finally {
    await audit.end();
  }
}

describe('a 2025-11-25 client through a round-robin proxy over two instances', () => {
  it('keeps its session while its requests alternate between the instances', async () => {
    const { client, transport } = await connect('alternating-client');
    try {
      const sessionId = transport.sessionId!;
      for (let i = 0; i < 6; i++) {
        expect((await client.listTools()).tools.length).toBeGreaterThan(0);
        const r = await client.callTool({ name: 'aws_execute', arguments: listTables.params.arguments });
        expect(r.isError, JSON.stringify(r.structuredContent)).not.toBe(true);
      }
      expect(transport.sessionId).toBe(sessionId);
      const mine = proxy.forwarded.filter((f) => f.sessionId === sessionId && f.method === 'POST');
      expect(new Set(mine.map((f) => f.target))).toEqual(new Set(instances.map((i) => i.url)));
      expect(mine.filter((f) => f.status !== 200 && f.status !== 202)).toEqual([]);
      // Every call ran in the one session (the caller its tokens bind to), named by the client on
      // both instances: the instance that rebuilt the session knows what initialize said.
      const rows = await auditOf(sessionId);
      expect(rows).toHaveLength(6);
      expect(new Set(rows.map((r) => r.session_id)).size).toBe(1);
      for (const row of rows) expect(row.user_agent).toContain('alternating-client');
    } finally {
      await client.close();
    }
  });

  it('the instance that rebuilt a session knows the client can be asked: its approval question is answered', async () => {
    // Opened on the first instance only, then every request goes to the second, which never saw
    // the initialize: it asks for approval only if it knows (from the record) the client can answer.
    const pinned = await startRoundRobin([instances[0]!.url]);
    const client = await connectClient('v2-legacy', { http: pinned.url }, 'approve');
    try {
      pinned.targets = [instances[1]!.url];
      const r = await client.call('aws_execute', {
        action: 'invoke',
        service: 'dynamodb',
        operation: 'DeleteTable',
        payload: { TableName: 'asked-after-rebuild' },
      });
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      expect(r.data.metadata.approval).toBe('elicitation');
      expect(client.asked).toHaveLength(1);
      const sessions = new Set(pinned.forwarded.map((f) => f.sessionId).filter(Boolean));
      expect(sessions.size).toBe(1);
      expect(pinned.forwarded.some((f) => f.target === instances[1]!.url && f.sessionId)).toBe(true);
      const deletes = capture.requests.filter((q) => q.body.toString().includes('asked-after-rebuild'));
      expect(deletes).toHaveLength(1);
    } finally {
      await client.close();
      await pinned.close();
    }
  });

  it('an approval answer that reaches the other instance is relayed to the one asking, and the call runs', async () => {
    // The call runs on the first instance; the answer is posted to the second, which never held
    // the session: it rebuilds it, sees an answer it did not ask for, and relays it through the store.
    const pinned = await startRoundRobin([instances[0]!.url]);
    const client = new Client(
      { name: 'relayed-answer', version: '1.0.0' },
      { capabilities: { elicitation: { form: {} } } },
    );
    const asked: string[] = [];
    client.setRequestHandler('elicitation/create', (r: { params: { message: string } }) => {
      asked.push(r.params.message);
      pinned.targets = [instances[1]!.url];
      return { action: 'accept' as const, content: { approve: true } };
    });
    const transport = new StreamableHTTPClientTransport(new URL(pinned.url));
    await client.connect(transport);
    try {
      const r = await client.callTool({
        name: 'aws_execute',
        arguments: {
          action: 'invoke',
          service: 'dynamodb',
          operation: 'DeleteTable',
          payload: { TableName: 'answered-elsewhere' },
        },
      });
      expect(r.isError, JSON.stringify(r.structuredContent)).not.toBe(true);
      expect((r.structuredContent as { metadata: { approval: string } }).metadata.approval).toBe(
        'elicitation',
      );
      expect(asked).toHaveLength(1);
      const answered = pinned.forwarded.filter((f) => f.target === instances[1]!.url && f.method === 'POST');
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.every((f) => f.sessionId === transport.sessionId && f.status === 202)).toBe(true);
      const deletes = capture.requests.filter((q) => q.body.toString().includes('answered-elsewhere'));
      expect(deletes).toHaveLength(1);
    } finally {
      await client.close();
      await pinned.close();
    }
  });

  it('a DELETE on one instance ends the session on both', async () => {
    const { client, transport } = await connect('deleting-client');
    const sessionId = transport.sessionId!;
    await client.listTools();
    await client.listTools();
    await transport.terminateSession();
    await client.close();
    for (const instance of instances) {
      expect((await post(instance.url, sessionId, listTools)).status).toBe(404);
    }
  });

  it(`an idle session (${IDLE_SECONDS} s here) is forgotten on both instances: its id gets 404`, async () => {
    const { client, transport } = await connect('idle-client');
    const sessionId = transport.sessionId!;
    try {
      await client.listTools();
      await client.listTools();
      // Both instances hold it now; the live check before the wait shows the 404 is the expiry.
      expect((await post(instances[0]!.url, sessionId, listTools)).status).toBe(200);
      await new Promise((r) => setTimeout(r, (IDLE_SECONDS + 2) * 1000));
      for (const instance of instances) {
        expect((await post(instance.url, sessionId, listTools)).status).toBe(404);
      }
    } finally {
      await client.close();
    }
  });
});

describe('authenticated instances: a session id is its owner’s alone', () => {
  let idp: TestIssuer;
  let authProxy: RoundRobinProxy;
  const pair: HttpServerProcess[] = [];

  beforeAll(async () => {
    idp = await startOidcProvider();
    // The proxy's URL is the resource both instances serve (the token audience), as behind a balancer.
    authProxy = await startRoundRobin();
    const authEnv = {
      ...env,
      AWS_MCP_DATABASE_URL: await db.createDatabase('owned_sessions'),
      AWS_MCP_AUTH_ISSUERS: idp.issuer,
      AWS_MCP_AUTH_REQUIRED_SCOPES: MCP_SCOPE,
      AWS_MCP_PUBLIC_URL: authProxy.url,
    };
    pair.push(...(await startPair(authEnv)));
    authProxy.targets = pair.map((i) => i.url);
  });

  afterAll(async () => {
    for (const i of pair) i.stop();
    await authProxy?.close();
    await idp?.close();
  });

  it("another person's token with the id is refused on the other instance; the owner's is served there", async () => {
    const alice = await idp.clientCredentialsToken(idp.clients.alice, authProxy.url);
    const bob = await idp.clientCredentialsToken(idp.clients.bob, authProxy.url);
    const [a, b] = pair.map((i) => i.url) as [string, string];
    const init = await fetch(a, {
      method: 'POST',
      headers: { ...MCP_HEADERS, authorization: `Bearer ${alice}` },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-11-25',
          capabilities: {},
          clientInfo: { name: 'alice', version: '1' },
        },
      }),
    });
    expect(init.status).toBe(200);
    await init.text();
    const sessionId = init.headers.get('mcp-session-id')!;
    const before = capture.requests.length;
    // B has never held it: the rebuild from the store checks the owner.
    expect((await post(b, sessionId, listTables, bob)).status).toBe(404);
    const served = await post(b, sessionId, listTables, alice);
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('TableNames');
    // B holds it now: the local check refuses Bob too, and nothing of his was sent.
    expect((await post(b, sessionId, listTables, bob)).status).toBe(404);
    expect((await post(a, sessionId, listTables, bob)).status).toBe(404);
    expect(capture.requests.length).toBe(before + 1);
  });
});

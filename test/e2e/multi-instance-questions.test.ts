// Approval questions of one 2025-era session asked by two instances at once, behind a round-robin
// proxy on one PostgreSQL. Each instance's SDK numbers the requests it sends from its own counter,
// so without care both ask "request 0" and the client's answer to one question releases the call
// waiting on the other. Here a real client (1.x and 2.x SDK) approves one call and declines the
// other while both wait, each answer posted to the instance that did NOT ask it: each call gets its
// own answer. Then, as an attacker with raw HTTP: answers planted before a question is asked, with
// guessed ids, from another session, or repeated, release nothing; only the asked answer decides.

import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Http } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { writeStandardPolicy } from '../helpers/emulators.js';
import { startHttpServer, untilReady, type HttpServerProcess } from '../helpers/http-server.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { startRoundRobin } from '../helpers/round-robin.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';
import { sseMessages, type SseMessage } from '../helpers/sse.js';

let db: TestPostgres;
let capture: CaptureServer;
let databaseUrl: string;
let a: string;
let b: string;
const instances: HttpServerProcess[] = [];

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  requireBuild();
  db = await startPostgres();
  capture = await startCaptureServer(() => ({
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: '{}',
  }));
  databaseUrl = await db.createDatabase('questions');
  const env = serverEnv({
    AWS_ENDPOINT_URL_DYNAMODB: capture.url,
    AWS_MCP_DATABASE_URL: databaseUrl,
    POLICY_PATH: writeStandardPolicy('approval:\n  require_for: [destructive]\n'),
    AUDIT_DB_PATH: path.join(mkdtempSync(path.join(os.tmpdir(), 'multi-questions-')), 'audit.db'),
  });
  instances.push(...(await Promise.all([startHttpServer(env), startHttpServer(env)])));
  await Promise.all(instances.map(untilReady));
  [a, b] = instances.map((i) => i.url) as [string, string];
});

afterAll(async () => {
  for (const i of instances) i.stop();
  await capture?.close();
  await db?.destroy();
});

const deleteTable = (table: string) => ({
  action: 'invoke',
  service: 'dynamodb',
  operation: 'DeleteTable',
  payload: { TableName: table },
});

/** The requests the capture endpoint (standing in for AWS) received that name `table`. */
const sentFor = (table: string) => capture.requests.filter((q) => q.body.toString().includes(`"${table}"`));

type Answer = { action: 'accept'; content: { approve: true } } | { action: 'decline' };
const ACCEPT: Answer = { action: 'accept', content: { approve: true } };
const DECLINE: Answer = { action: 'decline' };

interface AskedClient {
  call(table: string): Promise<{ isError: boolean; data: Record<string, any> }>;
  close(): Promise<void>;
}

/** A real SDK client of `kind` that declared elicitation and answers each question with `answer`. */
async function connectAsked(
  kind: 'v1' | 'v2',
  url: string,
  answer: (message: string) => Promise<Answer>,
): Promise<AskedClient> {
  const info = { name: `questions-${kind}`, version: '1.0.0' };
  const caps = { capabilities: { elicitation: { form: {} } } };
  if (kind === 'v1') {
    const client = new V1Client(info, caps);
    client.setRequestHandler(ElicitRequestSchema, (r) => answer(r.params.message));
    await client.connect(new V1Http(new URL(url)));
    return {
      call: async (table) => {
        const r = await client.callTool({ name: 'aws_execute', arguments: deleteTable(table) });
        return { isError: r.isError === true, data: r.structuredContent as Record<string, any> };
      },
      close: () => client.close(),
    };
  }
  const client = new Client(info, caps);
  client.setRequestHandler('elicitation/create', (r: { params: { message: string } }) =>
    answer(r.params.message),
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  expect(client.getNegotiatedProtocolVersion()).toBe('2025-11-25');
  return {
    call: async (table) => {
      const r = await client.callTool({ name: 'aws_execute', arguments: deleteTable(table) });
      return { isError: r.isError === true, data: r.structuredContent as Record<string, any> };
    },
    close: () => client.close(),
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(['v2', 'v1'] as const)(
  '%s client: two approval questions of one session, asked by two instances at once',
  (kind) => {
    it('each call gets its own answer, even when each answer reaches the instance that did not ask it', async () => {
      const approved = `approved-${kind}`;
      const declined = `declined-${kind}`;
      const proxy = await startRoundRobin([a]);
      const asked: string[] = [];
      let bothAsked!: () => void;
      const askedTwice = new Promise<void>((r) => (bothAsked = r));
      let acceptForwarded!: () => void;
      const acceptPosted = new Promise<void>((r) => (acceptForwarded = r));
      const client = await connectAsked(kind, proxy.url, async (message) => {
        asked.push(message);
        if (asked.length === 2) bothAsked();
        await askedTwice;
        if (message.includes(approved)) {
          // Asked by A: the answer goes to B, which asked the other question.
          const before = proxy.forwarded.length;
          proxy.targets = [b];
          void until(() => proxy.forwarded.slice(before).some((f) => f.method === 'POST'), 'the accept').then(
            acceptForwarded,
          );
          return ACCEPT;
        }
        // Asked by B: the answer goes to A, once the accept is on its way to B.
        await acceptPosted;
        proxy.targets = [a];
        return DECLINE;
      });
      try {
        const first = client.call(approved);
        await until(() => asked.length === 1, 'the first question');
        proxy.targets = [b];
        const second = client.call(declined);
        const [approvedCall, declinedCall] = await Promise.all([first, second]);
        expect(asked.map((m) => m.includes(approved))).toEqual([true, false]);
        expect(approvedCall.isError, JSON.stringify(approvedCall.data)).toBe(false);
        expect(approvedCall.data.metadata.approval).toBe('elicitation');
        expect(declinedCall.isError).toBe(true);
        expect(declinedCall.data.error.code).toBe('ApprovalDeclined');
        expect(sentFor(approved)).toHaveLength(1);
        expect(sentFor(declined)).toHaveLength(0);
        // The answers did cross: each was posted (202) to the instance that had not asked it.
        const answers = proxy.forwarded.filter((f) => f.method === 'POST' && f.status === 202).slice(-2);
        expect(answers.map((f) => f.target)).toEqual([b, a]);
      } finally {
        await client.close();
        await proxy.close();
      }
    });
  },
);

// ---- As an attacker, with raw HTTP: what may an answer name? ----

/** One raw JSON-RPC POST of a session, straight to one instance. */
function post(url: string, sessionId: string, body: object): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { ...MCP_HEADERS, 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-11-25' },
    body: JSON.stringify(body),
  });
}

/** Opens a 2025-11-25 session on `url` as a client that can be asked; returns its id. */
async function openSession(url: string): Promise<string> {
  const init = await fetch(url, {
    method: 'POST',
    headers: MCP_HEADERS,
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-11-25',
        capabilities: { elicitation: { form: {} } },
        clientInfo: { name: 'raw-attacker', version: '1' },
      },
    }),
  });
  expect(init.status).toBe(200);
  await init.text();
  const sessionId = init.headers.get('mcp-session-id')!;
  expect((await post(url, sessionId, { jsonrpc: '2.0', method: 'notifications/initialized' })).status).toBe(
    202,
  );
  return sessionId;
}

let callIds = 100;

/** Starts a DeleteTable call in the session on `url`; resolves once its approval question is asked. */
async function callAsked(url: string, sessionId: string, table: string) {
  const id = callIds++;
  const response = await post(url, sessionId, {
    jsonrpc: '2.0',
    id,
    method: 'tools/call',
    params: { name: 'aws_execute', arguments: deleteTable(table) },
  });
  expect(response.status).toBe(200);
  const messages = sseMessages(response);
  const next = async (wanted: (m: SseMessage) => boolean): Promise<SseMessage> => {
    for (;;) {
      const { value, done } = await messages.next();
      if (done) throw new Error(`the stream of ${table} ended`);
      if (wanted(value)) return value;
    }
  };
  const question = await next((m) => m.method === 'elicitation/create');
  expect(question.params.message).toContain(table);
  return { questionId: question.id, result: next((m) => m.id === id && 'result' in m) };
}

const answer = (id: unknown, reply: Answer) => ({ jsonrpc: '2.0', id, result: reply });

/** What the shared store holds as relayed answers of a session. */
async function relayedKeys(sessionId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ request_key: string }>(
      'SELECT request_key FROM session_answers WHERE session_id = $1',
      [sessionId],
    );
    return rows.map((r) => r.request_key);
  } finally {
    await client.end();
  }
}

/** Longer than the relay's poll (200 ms): a relayed answer that could be collected would have been. */
const RELAY_SETTLES_MS = 1500;

describe('an answer names exactly one question: guessed, planted, foreign or repeated answers release nothing', () => {
  it('answers planted before the question, with guessed ids, or posted in another session release nothing', async () => {
    const table = 'planted-and-guessed';
    const sessionId = await openSession(a);
    const guesses = [0, 1, 2, '0', '1', '00000000-0000-4000-8000-000000000000'];
    // Planted before anything is asked, on both instances: the SDK would number the first question 0.
    for (const url of [a, b])
      for (const id of guesses) expect((await post(url, sessionId, answer(id, ACCEPT))).status).toBe(202);
    const call = await callAsked(a, sessionId, table);
    for (const url of [a, b])
      for (const id of guesses) expect((await post(url, sessionId, answer(id, ACCEPT))).status).toBe(202);
    // Another session (opened on B) answers this session's question by its real id, on both instances.
    const other = await openSession(b);
    for (const url of [a, b])
      expect((await post(url, other, answer(call.questionId, ACCEPT))).status).toBe(202);
    await sleep(RELAY_SETTLES_MS);
    expect(sentFor(table)).toHaveLength(0);
    expect(guesses).not.toContain(call.questionId);
    // None of it was kept for relaying: an id minted for another session, or never minted, is not
    // one an instance could wait for (so a client cannot fill the shared store with answers).
    expect(await relayedKeys(sessionId)).toEqual([]);
    expect(await relayedKeys(other)).toEqual([]);
    // The session's own answer still decides: declined through B, nothing was sent.
    expect((await post(b, sessionId, answer(call.questionId, DECLINE))).status).toBe(202);
    const result = (await call.result).result;
    expect(result.isError).toBe(true);
    expect(result.structuredContent.error.code).toBe('ApprovalDeclined');
    expect(sentFor(table)).toHaveLength(0);
  });

  it('an answer posted twice, to both instances, runs its call once and releases no later question', async () => {
    const [first, second] = ['answered-twice-1', 'answered-twice-2'];
    const sessionId = await openSession(a);
    const asked = await callAsked(a, sessionId, first);
    const accept = answer(asked.questionId, ACCEPT);
    const posted = await Promise.all([
      post(a, sessionId, accept),
      post(b, sessionId, accept),
      post(b, sessionId, accept),
    ]);
    expect(posted.map((r) => r.status)).toEqual([202, 202, 202]);
    expect((await asked.result).result.isError).not.toBe(true);
    // The next question (asked by B this time) has an id of its own; the old answer, posted again, is not it.
    const next = await callAsked(b, sessionId, second);
    for (const url of [a, b]) expect((await post(url, sessionId, accept)).status).toBe(202);
    await sleep(RELAY_SETTLES_MS);
    expect(sentFor(second)).toHaveLength(0);
    expect(next.questionId).not.toEqual(asked.questionId);
    expect((await post(a, sessionId, answer(next.questionId, DECLINE))).status).toBe(202);
    expect((await next.result).result.structuredContent.error.code).toBe('ApprovalDeclined');
    expect(sentFor(first)).toHaveLength(1);
    expect(sentFor(second)).toHaveLength(0);
  });
});

// The wire ids of a 2025-era session's server-to-client requests (src/mcp/request-ids.ts), on a
// real SDK server and Streamable HTTP transport driven with HTTP requests: a question goes out
// under a minted id, never the SDK's number; only the answer naming it reaches the waiting call,
// once; guessed, repeated and late answers are dropped; a withdrawal names the question by its wire
// id. And the ids themselves: bound to their session under the shared key, checkable on another
// instance that shares it, and nowhere else.

import { randomBytes } from 'node:crypto';
import { McpServer, WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uniqueRequestIds, WireRequestIds } from '../../../src/mcp/request-ids.js';
import { replayHeaders } from '../../../src/mcp/session-restore.js';
import { sseMessages, type SseMessage } from '../../helpers/sse.js';

const SESSION = 'c2a4b6d8-0000-4000-8000-000000000001';
const url = 'http://request-ids.test/mcp';

/** A real server whose one tool asks the client a question and returns what it got. */
async function askingSession(timeout = 60_000) {
  const server = new McpServer({ name: 'asking', version: '1' }, { capabilities: { tools: {} } });
  server.registerTool('ask', { inputSchema: z.object({}) }, async (_input, ctx) => {
    try {
      const answer = await ctx.mcpReq.send(
        {
          method: 'elicitation/create',
          params: { message: 'May I?', requestedSchema: { type: 'object', properties: {} } },
        },
        { timeout },
      );
      return { content: [{ type: 'text' as const, text: JSON.stringify(answer) }] };
    } catch (e) {
      return { content: [{ type: 'text' as const, text: `no answer: ${String(e)}` }], isError: true };
    }
  });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: () => SESSION });
  await server.connect(transport);
  const post = (body: object, sessionId?: string) =>
    transport.handleRequest(
      new Request(url, { method: 'POST', headers: replayHeaders(sessionId, sessionId && '2025-11-25') }),
      { parsedBody: body },
    );
  const init = await post({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: {
      protocolVersion: '2025-11-25',
      capabilities: { elicitation: { form: {} } },
      clientInfo: { name: 'unit', version: '1' },
    },
  });
  await init.text();
  expect((await post({ jsonrpc: '2.0', method: 'notifications/initialized' }, SESSION)).status).toBe(202);
  const ids = new WireRequestIds(() => undefined);
  const strays: unknown[] = [];
  uniqueRequestIds(
    transport,
    () => ids.mint(SESSION),
    (id) => strays.push(id),
  );
  /** Calls the tool; resolves when the question is asked, with the rest of the call's stream. */
  const ask = async () => {
    const messages = sseMessages(
      await post(
        { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'ask', arguments: {} } },
        SESSION,
      ),
    );
    const next = async () => (await messages.next()).value as SseMessage;
    return { question: await next(), next };
  };
  const answer = async (id: unknown, result: object = { action: 'accept', content: {} }) =>
    (await post({ jsonrpc: '2.0', id, result }, SESSION)).status;
  return { ask, answer, strays, ids, close: () => server.close() };
}

describe('uniqueRequestIds on a real SDK server and transport', () => {
  it('asks under a minted id; guessed ids are dropped; the named answer reaches the call once', async () => {
    const s = await askingSession();
    try {
      const { question, next } = await s.ask();
      expect(question.method).toBe('elicitation/create');
      expect(typeof question.id).toBe('string');
      expect(s.ids.isOf(SESSION, question.id)).toBe(true);
      // The SDK numbered it 0: that number (or its string) is not an answer to it.
      expect(await s.answer(0)).toBe(202);
      expect(await s.answer('0')).toBe(202);
      expect(s.strays).toEqual([0, '0']);
      expect(await s.answer(question.id, { action: 'decline' })).toBe(202);
      const result = await next();
      expect(result.id).toBe(2);
      expect(JSON.parse(result.result.content[0].text)).toEqual({ action: 'decline' });
      // A second answer to it is dropped too.
      expect(await s.answer(question.id)).toBe(202);
      expect(s.strays).toEqual([0, '0', question.id]);
    } finally {
      await s.close();
    }
  });

  it('a question withdrawn on timeout is cancelled by its wire id, and a late answer is dropped', async () => {
    const s = await askingSession(200);
    try {
      const { question, next } = await s.ask();
      const cancelled = await next();
      expect(cancelled).toMatchObject({
        method: 'notifications/cancelled',
        params: { requestId: question.id },
      });
      expect((await next()).result.isError).toBe(true);
      expect(await s.answer(question.id)).toBe(202);
      expect(s.strays).toEqual([question.id]);
    } finally {
      await s.close();
    }
  });
});

describe('WireRequestIds', () => {
  it('binds an id to its session under the shared key: another instance with the key checks it, nobody else', () => {
    const key = randomBytes(32);
    const here = new WireRequestIds(() => key);
    const there = new WireRequestIds(() => key);
    const id = here.mint(SESSION);
    expect(id).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{22}$/);
    expect(there.isOf(SESSION, id)).toBe(true);
    expect(here.mint(SESSION)).not.toBe(id);
    expect(there.isOf('another-session', id)).toBe(false);
    expect(new WireRequestIds(() => randomBytes(32)).isOf(SESSION, id)).toBe(false);
    // Without the shared key (the store not open yet) an instance's ids check only there.
    const alone = new WireRequestIds(() => undefined);
    expect(alone.isOf(SESSION, alone.mint(SESSION))).toBe(true);
    expect(new WireRequestIds(() => undefined).isOf(SESSION, alone.mint(SESSION))).toBe(false);
    const [nonce, mac] = id.split('.') as [string, string];
    const flipped = `${nonce}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    const wide = `${nonce}.${'é'.repeat(22)}`;
    for (const forged of [flipped, wide, nonce, `${id}.x`, `${nonce}.`, 0, 1, null, { id }, `x${id}`]) {
      expect(there.isOf(SESSION, forged)).toBe(false);
    }
  });
});

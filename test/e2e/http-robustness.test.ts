// Issue 10 §5 over Streamable HTTP, as stdio-robustness.test.ts checks it over stdio: requests with
// a valid id but a malformed body get the same JSON-RPC errors as on stdio (-32602 for bad params,
// -32600 for a non-string method), with their id; a `tools/list` cursor this server never issued
// gets -32602 (through the 2.x client on both eras and the 1.x client, not the full list); a body
// over the 10 MiB message limit is answered 413 with the limit; and the session goes on.

import { request as httpRequest } from 'node:http';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1HttpTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

let server: HttpServerProcess;
beforeAll(async () => {
  requireBuild();
  server = await startHttpServer(serverEnv());
});
afterAll(() => server?.stop());

const MODERN_META = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' },
  'io.modelcontextprotocol/clientCapabilities': {},
};

async function post(body: string, headers: Record<string, string>) {
  const r = await fetch(server.url, {
    method: 'POST',
    body,
    headers: {
      accept: 'application/json, text/event-stream',
      'content-type': 'application/json',
      ...headers,
    },
  });
  const text = await r.text();
  const json = text.startsWith('event:') ? text.split('\ndata: ')[1]!.split('\n')[0]! : text;
  return { status: r.status, body: JSON.parse(json) as Record<string, any> };
}

/** Headers of a 2025-era request in a fresh session, initialized by hand. */
async function legacySession(): Promise<Record<string, string>> {
  const init = await fetch(server.url, {
    method: 'POST',
    headers: { accept: 'application/json, text/event-stream', 'content-type': 'application/json' },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    }),
  });
  await init.text();
  const headers = {
    'mcp-session-id': init.headers.get('mcp-session-id')!,
    'mcp-protocol-version': '2025-11-25',
  };
  await fetch(server.url, {
    method: 'POST',
    headers: {
      accept: 'application/json, text/event-stream',
      'content-type': 'application/json',
      ...headers,
    },
    body: '{"jsonrpc":"2.0","method":"notifications/initialized"}',
  });
  return headers;
}

const MALFORMED: readonly [number, (meta?: object) => string, number][] = [
  [2, () => '{"jsonrpc":"2.0","id":2,"method":"tools/list","params":"x"}', -32602],
  [3, () => '{"jsonrpc":"2.0","id":3,"method":5}', -32600],
  [4, () => '{"jsonrpc":"2.0","id":4,"method":"tools/list","params":{"_meta":"x"}}', -32602],
  [
    5,
    (meta) =>
      JSON.stringify({
        jsonrpc: '2.0',
        id: 5,
        method: 'tools/list',
        params: { cursor: 'bogus', ...(meta ? { _meta: meta } : {}) },
      }),
    -32602,
  ],
];

describe.each(['modern', 'legacy'] as const)('raw requests, %s era', (era) => {
  let headers: Record<string, string>;
  beforeAll(async () => {
    headers =
      era === 'modern'
        ? { 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/list' }
        : await legacySession();
  });

  it.each(MALFORMED)('answers request %i with its id and the error stdio gives', async (id, body, code) => {
    const answer = await post(body(era === 'modern' ? MODERN_META : undefined), headers);
    expect(answer.body.id).toBe(id);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.result).toBeUndefined();
  });

  it('still lists the tools afterwards', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 6,
      method: 'tools/list',
      ...(era === 'modern' ? { params: { _meta: MODERN_META } } : {}),
    });
    const answer = await post(body, headers);
    expect(answer.status).toBe(200);
    expect(answer.body.result.tools).toHaveLength(3);
  });
});

describe('a tools/list cursor the server never issued, through real clients', () => {
  it.each(['legacy', 'modern'] as const)('2.x client (%s era): -32602', async (era) => {
    const client = new Client(
      { name: 'cursor-e2e', version: '1.0.0' },
      era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
    );
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
    try {
      await expect(client.listTools({ cursor: 'bogus' })).rejects.toMatchObject({ code: -32602 });
      expect((await client.listTools()).tools).toHaveLength(3);
    } finally {
      await client.close();
    }
  });

  it('1.x client: -32602', async () => {
    const client = new V1Client({ name: 'cursor-v1', version: '1.0.0' });
    await client.connect(new V1HttpTransport(new URL(server.url)));
    try {
      await expect(client.listTools({ cursor: 'bogus' })).rejects.toMatchObject({ code: -32602 });
      expect((await client.listTools()).tools).toHaveLength(3);
    } finally {
      await client.close();
    }
  });
});

describe('message size', () => {
  it('answers a body declared over 10 MiB with 413 and the limit, before reading it', async () => {
    const url = new URL(server.url);
    const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            'content-length': String(10 * 1024 * 1024 + 1),
          },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode, body }));
        },
      );
      req.on('error', reject);
      req.write('{"jsonrpc":"2.0","id":7,');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toContain(String(10 * 1024 * 1024));
  });

  it('accepts a 5 MiB message (over the SDK default of 4 MiB, under the limit)', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 8,
      method: 'tools/call',
      params: {
        name: 'aws_search_operations',
        arguments: { query: 'x'.repeat(5 * 1024 * 1024) },
        _meta: MODERN_META,
      },
    });
    const answer = await post(body, {
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': 'tools/call',
      'mcp-name': 'aws_search_operations',
    });
    expect(answer.status).toBe(200);
    // Answered by the tool (its query is too long), not refused by the transport.
    expect(answer.body.result.structuredContent.error.code).toBe('InvalidInput');
  });
});

// The HTTP transport's request limits over real sockets (`serve --http` with small limits set in
// the environment): headers over AWS_MCP_HTTP_MAX_HEADER_BYTES get 431, a body over
// AWS_MCP_HTTP_MAX_BODY_BYTES 413 (declared or streamed), headers or a body trickled slower than
// the time limits get 408 and a closed connection while other clients are served, an idle
// kept-alive connection is closed by the server, and limits that contradict each other refuse to
// start. Each limit has its control: the same request under the limit is served.

import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedHttpServer, startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

const LIMITS = {
  AWS_MCP_HTTP_MAX_HEADER_BYTES: '4096',
  AWS_MCP_HTTP_MAX_BODY_BYTES: '4096',
  AWS_MCP_HTTP_HEADERS_TIMEOUT_SECONDS: '1',
  AWS_MCP_HTTP_REQUEST_TIMEOUT_SECONDS: '2',
  AWS_MCP_HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '2',
};

let server: HttpServerProcess;
let port: number;
beforeAll(async () => {
  requireBuild();
  server = await startHttpServer(serverEnv(LIMITS));
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.stop());

const MCP_HEADERS = {
  accept: 'application/json, text/event-stream',
  'content-type': 'application/json',
  'mcp-protocol-version': '2026-07-28',
  'mcp-method': 'tools/list',
};

/** A 2026-07-28 tools/list, padded (inside `_meta`) to `size` bytes when asked. */
function toolsList(size = 0): string {
  const meta = {
    'io.modelcontextprotocol/protocolVersion': '2026-07-28',
    'io.modelcontextprotocol/clientInfo': { name: 'limits', version: '1' },
    'io.modelcontextprotocol/clientCapabilities': {},
  };
  const body = (pad: string) =>
    JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: { ...meta, pad } } });
  return body('x'.repeat(Math.max(0, size - body('').length)));
}

/** Writes `data` on a raw connection and reads until the server closes it. */
function exchange(data: string, opts: { end?: boolean } = {}): Promise<{ text: string; status: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ text, status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0) }));
    socket.write(data);
    if (opts.end) socket.end();
  });
}

function jsonBody(text: string): { error: { message: string } } {
  return JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { error: { message: string } };
}

describe('header size', () => {
  it('answers headers over the limit with 431 naming it, and serves the same request under it', async () => {
    const over = await fetch(server.url, {
      method: 'POST',
      headers: { ...MCP_HEADERS, 'x-padding': 'p'.repeat(5000) },
      body: toolsList(),
    });
    expect(over.status).toBe(431);
    expect(((await over.json()) as { error: { message: string } }).error.message).toContain('4 KiB');

    const under = await fetch(server.url, {
      method: 'POST',
      headers: { ...MCP_HEADERS, 'x-padding': 'p'.repeat(2000) },
      body: toolsList(),
    });
    expect(under.status).toBe(200);
    expect(((await under.json()) as { result: { tools: unknown[] } }).result.tools).toHaveLength(3);
  });
});

describe('body size', () => {
  it('answers a declared body over the limit with 413, and serves one under it', async () => {
    const over = await fetch(server.url, { method: 'POST', headers: MCP_HEADERS, body: toolsList(5000) });
    expect(over.status).toBe(413);
    expect(((await over.json()) as { error: { message: string } }).error.message).toContain('4096 bytes');
    const under = await fetch(server.url, { method: 'POST', headers: MCP_HEADERS, body: toolsList(3000) });
    expect(under.status).toBe(200);
  });

  it('answers a streamed (chunked) body over the limit with 413 too', async () => {
    const body = toolsList(5000);
    const head =
      `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n` +
      Object.entries(MCP_HEADERS)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('') +
      'Transfer-Encoding: chunked\r\n\r\n';
    const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;
    const r = await exchange(head + chunk(body.slice(0, 2500)) + chunk(body.slice(2500)) + '0\r\n\r\n');
    expect(r.status).toBe(413);
  });
});

describe('slow clients', () => {
  it('closes a connection whose headers never finish with 408, serving others meanwhile', async () => {
    const slow = exchange(`POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: appl`);
    // Another client is served while the slow one holds its connection.
    const other = await fetch(server.url, { method: 'POST', headers: MCP_HEADERS, body: toolsList() });
    expect(other.status).toBe(200);
    const r = await slow;
    expect(r.status).toBe(408);
    expect(jsonBody(r.text).error.message).toContain('headers must arrive within 1 s');
  });

  it('closes a connection whose body never finishes with 408 (headers were complete)', async () => {
    const r = await exchange(
      `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        Object.entries(MCP_HEADERS)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('') +
        'Content-Length: 200\r\n\r\n{"jsonrpc":"2.0",',
    );
    expect(r.status).toBe(408);
    expect(jsonBody(r.text).error.message).toContain('the whole request within 2 s');
  });

  it('says how long an idle kept-alive connection lasts, and closes it after that', async () => {
    // The server closes the connection: `exchange` resolves only on close, and never ends it itself.
    const r = await exchange(
      `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`,
    );
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/\r\nKeep-Alive: timeout=2\r\n/i);
  });
});

describe('limits that contradict each other', () => {
  it('refuses to start when the headers may take longer than the whole request', async () => {
    const r = await refusedHttpServer(
      serverEnv({ AWS_MCP_HTTP_HEADERS_TIMEOUT_SECONDS: '30', AWS_MCP_HTTP_REQUEST_TIMEOUT_SECONDS: '10' }),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'AWS_MCP_HTTP_HEADERS_TIMEOUT_SECONDS=30 is over AWS_MCP_HTTP_REQUEST_TIMEOUT_SECONDS=10',
    );
  });
});

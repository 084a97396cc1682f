// Who can reach the HTTP transport: Host and Origin are checked on every bind (DNS rebinding), a
// loopback bind answers loopback names, 0.0.0.0 answers only its allowlist and starts only with an
// explicit opt-in that is logged. Every request here goes to a loopback address.

import { request } from 'node:http';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusedHttpServer, startHttpServer } from '../helpers/http-server.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

beforeAll(() => requireBuild());

const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'probe', version: '1' } },
});

/** POSTs an initialize to the server's address with the given headers (node:http lets us set Host). */
function post(url: string, headers: Record<string, string>): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname === '0.0.0.0' ? '127.0.0.1' : hostname,
        port,
        path: '/mcp',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
        },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(INITIALIZE);
  });
}

async function listsTools(url: string): Promise<number> {
  const client = new Client({ name: 'exposure-e2e', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  try {
    return (await client.listTools()).tools.length;
  } finally {
    await client.close();
  }
}

describe.each(['127.0.0.1', '127.0.0.2'])('loopback bind %s', (host) => {
  it('refuses a foreign Host or Origin and serves loopback names', async () => {
    const server = await startHttpServer(serverEnv({ AWS_MCP_HTTP_HOST: host }));
    try {
      const port = Number(new URL(server.url).port);
      expect(await post(server.url, { host: `evil.example:${port}` })).toBe(403);
      expect(await post(server.url, { host: `${host}:${port}`, origin: 'http://evil.example' })).toBe(403);
      expect(await post(server.url, { host: `localhost:${port}`, origin: `http://localhost:${port}` })).toBe(
        200,
      );
      expect(await post(server.url, { host: `${host}:${port}` })).toBe(200);
      expect(await listsTools(server.url)).toBe(3);
      expect(server.stderr()).not.toContain('ALLOW_UNAUTHENTICATED');
    } finally {
      server.stop();
    }
  });
});

describe('non-loopback bind (0.0.0.0, reached only from loopback here)', () => {
  it('refuses to start without authentication unless explicitly allowed', async () => {
    const r = await refusedHttpServer(serverEnv({ AWS_MCP_HTTP_HOST: '0.0.0.0' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a loopback address');
    expect(r.stderr).toContain('AWS_MCP_HTTP_ALLOW_UNAUTHENTICATED=true');
  });

  it('refuses to start without a Host allowlist', async () => {
    const r = await refusedHttpServer(
      serverEnv({ AWS_MCP_HTTP_HOST: '0.0.0.0', AWS_MCP_HTTP_ALLOW_UNAUTHENTICATED: 'true' }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('AWS_MCP_HTTP_ALLOWED_HOSTS');
  });

  it('with the opt-in, warns at start and answers only the allowlisted names', async () => {
    const server = await startHttpServer(
      serverEnv({
        AWS_MCP_HTTP_HOST: '0.0.0.0',
        AWS_MCP_HTTP_ALLOW_UNAUTHENTICATED: 'true',
        AWS_MCP_HTTP_ALLOWED_HOSTS: '127.0.0.1',
        AWS_MCP_HTTP_ALLOWED_ORIGINS: 'app.example',
      }),
    );
    try {
      const port = Number(new URL(server.url).port);
      expect(server.stderr()).toMatch(/"level":"warn","msg":"AWS_MCP_HTTP_HOST=0.0.0.0 is not a loopback/);
      expect(await post(server.url, { host: `evil.example:${port}` })).toBe(403);
      expect(await post(server.url, { host: `localhost:${port}` })).toBe(403);
      expect(await post(server.url, { host: `127.0.0.1:${port}`, origin: 'http://evil.example' })).toBe(403);
      expect(await post(server.url, { host: `127.0.0.1:${port}`, origin: 'https://app.example' })).toBe(200);
      expect(await listsTools(`http://127.0.0.1:${port}/mcp`)).toBe(3);
    } finally {
      server.stop();
    }
  });
});

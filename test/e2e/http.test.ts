// The Streamable HTTP transport: the built server listening on loopback, used by the 2.x client on
// both protocol eras and by the 1.x client; requests from foreign origins are refused.

import { spawn, type ChildProcess } from 'node:child_process';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1HttpTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let child: ChildProcess;
let url: string;

beforeAll(async () => {
  requireBuild();
  child = spawn(process.execPath, [BIN, 'serve', '--http'], {
    env: serverEnv({ AWS_MCP_HTTP_PORT: '0', LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /"msg":"listening","url":"([^"]+)"/.exec(seen);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
});

afterAll(() => {
  child?.kill();
});

describe('Streamable HTTP', () => {
  it.each(['legacy', 'modern'] as const)('serves the 2.x client (%s era)', async (era) => {
    const client = new Client(
      { name: 'http-e2e', version: '1.0.0' },
      era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
    );
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    try {
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(3);
      const r = await client.callTool({
        name: 'aws_get_operation_schema',
        arguments: { service: 'sts', operation: 'GetCallerIdentity' },
      });
      expect(r.isError).not.toBe(true);
      expect((r.structuredContent as any).operation).toBe('GetCallerIdentity');
    } finally {
      await client.close();
    }
  });

  it('serves the 1.x client', async () => {
    const client = new V1Client({ name: 'v1-http', version: '1.0.0' });
    await client.connect(new V1HttpTransport(new URL(url)));
    try {
      const r = await client.callTool({
        name: 'aws_search_operations',
        arguments: { query: 'send a message to a queue' },
      });
      expect((r.structuredContent as any).results[0].service).toBe('sqs');
    } finally {
      await client.close();
    }
  });

  it('refuses cross-origin requests (DNS rebinding) and unknown paths', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' });
    const foreign = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        origin: 'https://evil.example',
      },
      body,
    });
    expect(foreign.status).toBe(403);
    const elsewhere = await fetch(url.replace('/mcp', '/other'));
    expect(elsewhere.status).toBe(404);
  });
});

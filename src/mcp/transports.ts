// The two ways clients reach the server: stdio (what desktop hosts spawn) and Streamable HTTP on
// loopback. Both serve the 2026-07-28 and the 2025-era protocols from the same server factory.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  localhostHostValidation,
  localhostOriginValidation,
  toNodeHandler,
} from '@modelcontextprotocol/node';
import { createMcpHandler, type McpServer } from '@modelcontextprotocol/server';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import type { Logger } from '../logging/logger.js';
import { guardStdin, STDIO_MAX_MESSAGE_BYTES } from './stdio-guard.js';

export interface RunningTransport {
  readonly close: () => Promise<void>;
  /** For HTTP: the URL clients connect to. */
  readonly url?: string;
}

export function startStdio(factory: () => McpServer, logger: Logger): RunningTransport {
  const onerror = (e: Error): void => logger.warn('stdio transport error', { error: e.message });
  // Oversized and malformed lines are answered by the guard; the SDK sees only valid lines, each
  // at most STDIO_MAX_MESSAGE_BYTES, so its own buffer limit (which ends the session) never trips.
  const guard = guardStdin(process.stdin, (answer) => void wire.send(answer).catch(onerror));
  const wire = new StdioServerTransport(guard.lines, process.stdout, {
    maxBufferSize: 2 * STDIO_MAX_MESSAGE_BYTES + 2,
  });
  const handle = serveStdio(factory, { transport: wire, onerror });
  return {
    close: async () => {
      guard.stop();
      await handle.close();
    },
  };
}

export async function startHttp(
  factory: () => McpServer,
  opts: { host: string; port: number },
  logger: Logger,
): Promise<RunningTransport> {
  const handler = toNodeHandler(
    createMcpHandler(factory, { onerror: (e) => logger.warn('http transport error', { error: e.message }) }),
  );
  const validateHost = localhostHostValidation();
  const validateOrigin = localhostOriginValidation();
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(opts.host);
  const server: Server = createServer((req, res) => {
    // DNS-rebinding protection for the default loopback deployment.
    if (loopback && (!validateHost(req, res) || !validateOrigin(req, res))) return;
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/mcp') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"MCP endpoint is /mcp"}');
      return;
    }
    void handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${host}:${port}/mcp`;
  logger.info('listening', { url });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

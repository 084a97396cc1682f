// The two ways clients reach the server: stdio (what desktop hosts spawn) and Streamable HTTP on
// loopback. Both serve the 2026-07-28 and the 2025-era protocols from the same server factory.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMcpHandler, type McpServer } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import type { Logger } from '../logging/logger.js';

export interface RunningTransport {
  readonly close: () => Promise<void>;
  /** For HTTP: the URL clients connect to. */
  readonly url?: string;
}

export function startStdio(factory: () => McpServer, logger: Logger): RunningTransport {
  const handle = serveStdio(factory, {
    onerror: (e) => logger.warn('stdio transport error', { error: e.message }),
  });
  return { close: () => handle.close() };
}

export async function startHttp(
  factory: () => McpServer,
  opts: { host: string; port: number },
  logger: Logger,
): Promise<RunningTransport> {
  // Loaded only here: its HTTP adapter pulls in Node's fetch stack, which stdio never needs.
  const { localhostHostValidation, localhostOriginValidation, toNodeHandler } =
    await import('@modelcontextprotocol/node');
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

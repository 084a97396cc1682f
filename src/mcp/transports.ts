// The two ways clients reach the server: stdio (what desktop hosts spawn) and Streamable HTTP
// (loopback by default). Both serve the 2026-07-28 and the 2025-era protocols from the same factory.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMcpHandler,
  isLegacyRequest,
  type McpRequestContext,
  type McpServer,
} from '@modelcontextprotocol/server';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import type { HttpAuth } from '../auth/http-auth.js';
import type { AuthSettings } from '../auth/types.js';
import type { Logger } from '../logging/logger.js';
import type { HttpExposure } from './http-exposure.js';
import { guardHttpBody } from './http-guard.js';
import { LegacySessions } from './legacy-sessions.js';
import { MAX_MESSAGE_BYTES } from './message-check.js';
import { guardStdin } from './stdio-guard.js';

export interface RunningTransport {
  readonly close: () => Promise<void>;
  /** For HTTP: the URL clients connect to. */
  readonly url?: string;
}

export function startStdio(factory: () => McpServer, logger: Logger): RunningTransport {
  const onerror = (e: Error): void => logger.warn('stdio transport error', { error: e.message });
  // Oversized and malformed lines are answered by the guard; the SDK sees only valid lines, each
  // at most MAX_MESSAGE_BYTES, so its own buffer limit (which ends the session) never trips.
  const guard = guardStdin(process.stdin, (answer) => void wire.send(answer).catch(onerror));
  const wire = new StdioServerTransport(guard.lines, process.stdout, {
    maxBufferSize: 2 * MAX_MESSAGE_BYTES + 2,
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
  factory: (context?: McpRequestContext) => McpServer,
  opts: {
    host: string;
    port: number;
    exposure: HttpExposure;
    /** OAuth resource server (src/auth); `publicUrl` defaults to the bound address. */
    auth?: { settings: AuthSettings; publicUrl?: string };
  },
  logger: Logger,
): Promise<RunningTransport> {
  // Loaded only here: its HTTP adapter pulls in Node's fetch stack, which stdio never needs.
  const { hostHeaderValidation, originValidation, toNodeHandler } =
    await import('@modelcontextprotocol/node');
  const onerror = (e: Error) => logger.warn('http transport error', { error: e.message });
  // 2026-07-28 requests carry everything per request; 2025-era ones are served with sessions.
  const maxRequestBodySize = MAX_MESSAGE_BYTES;
  const modern = createMcpHandler(factory, { legacy: 'reject', onerror, maxRequestBodySize });
  const legacy = new LegacySessions(factory, logger);
  // Loaded only when on: the token verifier (jose) is for authenticated HTTP alone. Made once the
  // address is known (the default resource URL); a request before that is refused, never let through.
  const authModule = opts.auth ? await import('../auth/http-auth.js') : undefined;
  let auth: HttpAuth | undefined;
  const handler = toNodeHandler(
    {
      // Malformed and oversized bodies are answered by the guard (http-guard.ts) on both eras.
      fetch: async (request) => {
        if (opts.auth && !auth) return new Response(null, { status: 503 });
        const authInfo = auth ? await auth.authenticate(request) : undefined;
        if (authInfo instanceof Response) return authInfo;
        const guarded = await guardHttpBody(request);
        if (guarded && 'answer' in guarded) return guarded.answer;
        const parsedBody = guarded?.parsedBody;
        return (await isLegacyRequest(request, parsedBody, { maxRequestBodySize }))
          ? legacy.fetch(request, parsedBody, authInfo)
          : modern.fetch(request, { ...(parsedBody !== undefined ? { parsedBody } : {}), authInfo });
      },
    },
    // The adapter reads the body first: a body over the limit is answered 413 there.
    { onerror, maxRequestBodySize },
  );
  const metadataHandler = toNodeHandler({ fetch: async (request) => auth!.metadataResponse(request)! });
  // DNS-rebinding protection, on every bind: see http-exposure.ts for what each bind answers.
  const validateHost = hostHeaderValidation([...opts.exposure.hosts]);
  const validateOrigin = originValidation([...opts.exposure.origins]);
  if (opts.exposure.warning) logger.warn(opts.exposure.warning);
  const server: Server = createServer((req, res) => {
    if (!validateHost(req, res) || !validateOrigin(req, res)) return;
    const path = (req.url ?? '/').split('?')[0]!;
    if (auth?.isMetadataPath(path)) return void metadataHandler(req, res);
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
  if (opts.auth && authModule) {
    auth = new authModule.HttpAuth({
      settings: opts.auth.settings,
      resourceUrl: opts.auth.publicUrl ?? url,
      logger,
    });
    logger.info('authentication on', { issuers: opts.auth.settings.issuers, metadata: auth.metadataUrl });
  }
  logger.info('listening', { url });
  return {
    url,
    close: async () => {
      await Promise.all([modern.close(), legacy.closeAll()]);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

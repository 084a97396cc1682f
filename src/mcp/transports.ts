// The two ways clients reach the server: stdio (what desktop hosts spawn) and Streamable HTTP
// (loopback by default). Both serve the 2026-07-28 and the 2025-era protocols from the same factory.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMcpHandler,
  isJSONRPCErrorResponse,
  isJSONRPCResultResponse,
  isLegacyRequest,
  type JSONRPCMessage,
  type McpRequestContext,
  type McpServer,
} from '@modelcontextprotocol/server';
import { serveStdio, StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import type { HttpAuth } from '../auth/http-auth.js';
import type { AuthSettings } from '../auth/types.js';
import type { Logger } from '../logging/logger.js';
import type { ApprovalTokens } from '../state/ports.js';
import { approvalsNodeHandler, isApprovalsPath } from './approval-routes.js';
import type { HttpExposure } from './http-exposure.js';
import type { HttpOps } from './http-ops.js';
import { guardHttpBody } from './http-guard.js';
import { clientErrorAnswer, httpServerOptions, type HttpLimits } from './http-limits.js';
import { LegacySessions, type SessionSharing } from './legacy-sessions.js';
import { MAX_MESSAGE_BYTES } from './message-check.js';
import { guardStdin } from './stdio-guard.js';
import type { StdioHandoff } from './stdio-prelude.js';

export interface RunningTransport {
  readonly close: () => Promise<void>;
  /** For HTTP: the URL clients connect to. */
  readonly url?: string;
  /** For stdio: stops reading requests (a shutdown lets the running calls answer first). */
  readonly stopAccepting?: () => void;
}

/**
 * After a stdio prelude: the SDK answers the replayed requests again, and those answers are dropped
 * (the host has its answer), each compared with what the prelude sent so a stale record shows.
 */
export function dropReanswered(
  wire: StdioServerTransport,
  answered: StdioHandoff['answered'],
  logger: Logger,
): void {
  const pending = new Map(answered);
  if (pending.size === 0) return;
  const send = wire.send.bind(wire);
  wire.send = async (message: JSONRPCMessage) => {
    const response = isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message);
    const id = response ? message.id : undefined;
    const sent = id === undefined ? undefined : pending.get(id);
    if (id === undefined || sent === undefined) return send(message);
    pending.delete(id);
    const sdk = JSON.stringify(isJSONRPCResultResponse(message) ? message.result : message);
    if (sdk !== sent) {
      logger.warn('the stdio prelude answered differently from the SDK', {
        id,
        prelude: sent.slice(0, 300),
        sdk: sdk.slice(0, 300),
      });
    }
  };
}

/**
 * `beforeInputEnd`: awaited when stdin ends, before the SDK closes (and aborts what runs).
 * `handoff`: where a stdio prelude left the connection (stdio-prelude.ts), when one ran.
 */
export function startStdio(
  factory: () => McpServer,
  logger: Logger,
  beforeInputEnd?: () => Promise<void>,
  handoff?: StdioHandoff,
): RunningTransport {
  const onerror = (e: Error): void => logger.warn('stdio transport error', { error: e.message });
  // Oversized and malformed lines are answered by the guard; the SDK sees only valid lines, each
  // at most MAX_MESSAGE_BYTES, so its own buffer limit (which ends the session) never trips.
  const guard = guardStdin(
    handoff?.input ?? process.stdin,
    (answer) => void wire.send(answer).catch(onerror),
    MAX_MESSAGE_BYTES,
    beforeInputEnd,
  );
  const wire = new StdioServerTransport(guard.lines, process.stdout, {
    maxBufferSize: 2 * MAX_MESSAGE_BYTES + 2,
  });
  if (handoff) dropReanswered(wire, handoff.answered, logger);
  const handle = serveStdio(factory, { transport: wire, onerror });
  return {
    stopAccepting: () => guard.stop(),
    close: async () => {
      guard.stop();
      await handle.close();
    },
  };
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;
type NodeCheck = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The /mcp endpoint: authentication first, so nothing unauthenticated is parsed further; then
 * malformed and oversized bodies are answered by the guard (http-guard.ts) on both eras; then the
 * request goes to the handler of its era.
 */
function mcpFetch(deps: {
  readonly authRequired: boolean;
  /** Made once the address is known; a request before that is refused, never let through. */
  readonly auth: () => HttpAuth | undefined;
  readonly modern: ReturnType<typeof createMcpHandler>;
  readonly legacy: LegacySessions;
  readonly maxRequestBodySize: number;
}): (request: Request) => Promise<Response> {
  const { modern, legacy, maxRequestBodySize } = deps;
  return async (request) => {
    const auth = deps.auth();
    if (deps.authRequired && !auth) return new Response(null, { status: 503 });
    const authInfo = auth ? await auth.authenticate(request) : undefined;
    if (authInfo instanceof Response) return authInfo;
    const guarded = await guardHttpBody(request, maxRequestBodySize);
    if (guarded && 'answer' in guarded) return guarded.answer;
    const parsedBody = guarded?.parsedBody;
    return (await isLegacyRequest(request, parsedBody, { maxRequestBodySize }))
      ? legacy.fetch(request, parsedBody, authInfo)
      : modern.fetch(request, { ...(parsedBody !== undefined ? { parsedBody } : {}), authInfo });
  };
}

/**
 * The server's routes: /mcp, the OAuth metadata when auth is on, and 404 for anything else. Node
 * enforces the size and time limits (http-limits.ts) before any route runs.
 */
function routedServer(routes: {
  readonly limits: HttpLimits;
  readonly ops?: HttpOps;
  readonly validateHost: NodeCheck;
  readonly validateOrigin: NodeCheck;
  readonly auth: () => HttpAuth | undefined;
  readonly metadata: NodeHandler;
  readonly mcp: NodeHandler;
  /** Four eyes over HTTP (approval-routes.ts): only with authentication on. */
  readonly approvals?: NodeHandler;
}): Server {
  const server = createServer(httpServerOptions(routes.limits), (req, res) => {
    // Health probes and the shutdown's refusals (http-ops.ts), before the Host check on purpose.
    if (routes.ops?.handle(req, res)) return;
    if (!routes.validateHost(req, res) || !routes.validateOrigin(req, res)) return;
    const path = (req.url ?? '/').split('?')[0]!;
    if (routes.auth()?.isMetadataPath(path)) return void routes.metadata(req, res);
    if (routes.approvals && isApprovalsPath(path)) return void routes.approvals(req, res);
    if (path !== '/mcp') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"MCP endpoint is /mcp"}');
      return;
    }
    void routes.mcp(req, res);
  });
  server.on('clientError', clientErrorAnswer(routes.limits));
  return server;
}

/** Binds the server; a bind error (port in use...) rejects instead of crashing the process. */
async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
}

/** The URL clients connect to, with the port actually bound (port 0 picks one). */
function mcpUrl(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/mcp`;
}

/** Where and how `serve --http` listens, and what it shares with the other instances. */
interface HttpStartOptions {
  host: string;
  port: number;
  exposure: HttpExposure;
  /** OAuth resource server (src/auth); `publicUrl` defaults to the bound address. */
  auth?: { settings: AuthSettings; publicUrl?: string };
  /** Health probes and shutdown refusals (http-ops.ts). */
  ops?: HttpOps;
  /** Header and body sizes, and the time a request may take to arrive (http-limits.ts). */
  limits: HttpLimits;
  /** The shared approvals store, once open: `GET/POST /approvals` when authentication is on. */
  approvals?: () => ApprovalTokens | undefined;
  /** Where 2025-era sessions are shared with the other instances (legacy-sessions.ts). */
  sessions?: SessionSharing;
}

export async function startHttp(
  factory: (context?: McpRequestContext) => McpServer,
  opts: HttpStartOptions,
  logger: Logger,
): Promise<RunningTransport> {
  // Loaded only here: its HTTP adapter pulls in Node's fetch stack, which stdio never needs.
  const { hostHeaderValidation, originValidation, toNodeHandler } =
    await import('@modelcontextprotocol/node');
  const onerror = (e: Error) => logger.warn('http transport error', { error: e.message });
  // 2026-07-28 requests carry everything per request; 2025-era ones are served with sessions.
  const maxRequestBodySize = opts.limits.maxBodyBytes;
  const modern = createMcpHandler(factory, { legacy: 'reject', onerror, maxRequestBodySize });
  const legacy = new LegacySessions(factory, logger, opts.sessions);
  // Loaded only when on: the token verifier (jose) is for authenticated HTTP alone. Made once the
  // address is known (the default resource URL); a request before that is refused, never let through.
  const authModule = opts.auth ? await import('../auth/http-auth.js') : undefined;
  let auth: HttpAuth | undefined;
  const fetch = mcpFetch({ authRequired: !!opts.auth, auth: () => auth, modern, legacy, maxRequestBodySize });
  // The adapter reads the body first: a body over the limit is answered 413 there.
  const handler = toNodeHandler({ fetch }, { onerror, maxRequestBodySize });
  const metadataHandler = toNodeHandler({ fetch: async (request) => auth!.metadataResponse(request)! });
  const approvals = opts.auth && opts.approvals;
  const approvalsHandler =
    approvals && approvalsNodeHandler(toNodeHandler, { auth: () => auth, approvals, logger });
  // DNS-rebinding protection, on every bind: see http-exposure.ts for what each bind answers.
  if (opts.exposure.warning) logger.warn(opts.exposure.warning);
  const server = routedServer({
    limits: opts.limits,
    ...(opts.ops ? { ops: opts.ops } : {}),
    validateHost: hostHeaderValidation([...opts.exposure.hosts]),
    validateOrigin: originValidation([...opts.exposure.origins]),
    auth: () => auth,
    metadata: metadataHandler,
    mcp: handler,
    ...(approvalsHandler ? { approvals: approvalsHandler } : {}),
  });
  await listen(server, opts.port, opts.host);
  opts.ops?.attach(server);
  const url = mcpUrl(server, opts.host);
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

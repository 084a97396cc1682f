// 2025-era Streamable HTTP with sessions, the SDK's sessionful wiring beside its strict 2026-07-28
// handler. A 2025 client declares its capabilities once, at initialize, and answers elicitation
// requests with later POSTs: both need one server instance per session (a stateless fallback
// would forget that the client can be asked, and lose its answers). The Mcp-Session-Id is a
// random UUID the server draws; it also names the caller that confirmation tokens are bound to.

import { randomUUID } from 'node:crypto';
import {
  WebStandardStreamableHTTPServerTransport,
  type AuthInfo,
  type McpRequestContext,
  type McpServer,
} from '@modelcontextprotocol/server';
import { principalOf } from '../auth/principal-of.js';
import { principalKey } from '../identity/principal.js';
import type { Logger } from '../logging/logger.js';
import { MAX_MESSAGE_BYTES } from './message-check.js';

/** A session unused this long is closed (its client must initialize again). */
const IDLE_MS = 60 * 60 * 1000;
/** Beyond this many open sessions, new ones are refused (503) until some close or idle out. */
const MAX_SESSIONS = 1000;

interface Session {
  readonly server: McpServer;
  readonly transport: WebStandardStreamableHTTPServerTransport;
  /** The person who opened it (authenticated HTTP): nobody else may use it. */
  readonly owner: string | undefined;
  lastSeen: number;
}

function ownerOf(authInfo: AuthInfo | undefined): string | undefined {
  const principal = principalOf(authInfo);
  return principal ? principalKey(principal) : undefined;
}

function jsonRpcError(status: number, message: string): Response {
  return Response.json({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }, { status });
}

export class LegacySessions {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly factory: (context?: McpRequestContext) => McpServer,
    private readonly logger: Logger,
  ) {
    this.sweeper = setInterval(() => this.closeIdle(Date.now()), 60_000);
    this.sweeper.unref();
  }

  get size(): number {
    return this.sessions.size;
  }

  /**
   * `parsedBody`: the POST body, when the caller has read it already (http-guard.ts);
   * `authInfo`: the verified token, when the transport is authenticated.
   */
  async fetch(request: Request, parsedBody?: unknown, authInfo?: AuthInfo): Promise<Response> {
    const options = { ...(parsedBody !== undefined ? { parsedBody } : {}), authInfo };
    const id = request.headers.get('mcp-session-id');
    if (id !== null) {
      const session = this.sessions.get(id);
      // Another person's session is answered as if it did not exist.
      if (!session || session.owner !== ownerOf(authInfo)) {
        return jsonRpcError(404, 'Session not found: initialize a new session.');
      }
      session.lastSeen = Date.now();
      return session.transport.handleRequest(request, options);
    }
    if (this.sessions.size >= MAX_SESSIONS) return jsonRpcError(503, 'Too many open sessions.');
    return this.open(request, options);
  }

  /** Serves a request without a session: an initialize opens one, anything else is refused by the SDK. */
  private async open(
    request: Request,
    options: { parsedBody?: unknown; authInfo?: AuthInfo },
  ): Promise<Response> {
    const server = this.factory({ era: 'legacy', requestInfo: request });
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      maxRequestBodySize: MAX_MESSAGE_BYTES,
      onsessioninitialized: (sid) => {
        this.sessions.set(sid, { server, transport, owner: ownerOf(options.authInfo), lastSeen: Date.now() });
      },
      onsessionclosed: (sid) => void this.close(sid),
    });
    transport.onerror = (e) => this.logger.warn('http session error', { error: e.message });
    await server.connect(transport);
    const response = await transport.handleRequest(request, options);
    if (transport.sessionId === undefined) await server.close();
    return response;
  }

  private async close(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    await session.server.close().catch(() => undefined);
  }

  private closeIdle(now: number): void {
    for (const [id, s] of this.sessions) if (now - s.lastSeen > IDLE_MS) void this.close(id);
  }

  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([...this.sessions.keys()].map((id) => this.close(id)));
  }
}

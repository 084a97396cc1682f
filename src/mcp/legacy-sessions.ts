// 2025-era Streamable HTTP with sessions, the SDK's sessionful wiring beside its strict 2026-07-28
// handler. A 2025 client declares its capabilities once, at initialize, and answers elicitation
// requests with later POSTs: both need one server instance per session (a stateless fallback
// would forget that the client can be asked, and lose its answers). The Mcp-Session-Id is a
// random UUID the server draws; it also names the caller that confirmation tokens are bound to.
//
// Several instances, no sticky sessions: what `initialize` said (and who said it) is saved in the
// shared store (SessionStore), so an instance that receives a session it does not hold rebuilds
// it from there (session-restore.ts) and serves it. Every request extends the shared record; one
// unused for the idle time (AWS_MCP_HTTP_SESSION_IDLE_SECONDS) is forgotten everywhere, and a
// DELETE on any instance ends it everywhere: its id then gets 404, as the spec says.
// A request the server sends mid-call (a 2025-era approval question) waits on the instance that
// runs the call; the client's answer, wherever it lands, is relayed there (session-relay.ts). Such
// requests go out under random ids bound to the session (request-ids.ts): two instances asking in
// one session at once would otherwise both ask "request 0", and one answer could release the other.

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
import type { SessionRecord, SessionStore, StateStore } from '../state/ports.js';
import { MAX_MESSAGE_BYTES } from './message-check.js';
import { uniqueRequestIds, WireRequestIds } from './request-ids.js';
import { SessionRelay } from './session-relay.js';
import { recordOfInitialize, replayHeaders, replayInitialize } from './session-restore.js';

/** Beyond this many open sessions, new ones are refused (503) until some close or idle out. */
const MAX_SESSIONS = 1000;
/** When no store is given: the default of AWS_MCP_HTTP_SESSION_IDLE_SECONDS. */
const DEFAULT_IDLE_MS = 30 * 60 * 1000;

/** Where sessions are shared between instances, and how long an unused one lives. */
export interface SessionSharing {
  /**
   * The shared state once it is open (it opens with the models); undefined until then. Its
   * sessions, and the seal key every instance shares, which binds request ids to their session.
   */
  readonly state: () => Pick<StateStore, 'sessions' | 'sealKey'> | undefined;
  /** AWS_MCP_HTTP_SESSION_IDLE_SECONDS, in ms. */
  readonly idleMs: number;
}

interface Session {
  readonly server: McpServer;
  readonly transport: WebStandardStreamableHTTPServerTransport;
  /** The person who opened it (authenticated HTTP): nobody else may use it. */
  readonly owner: string | undefined;
  lastSeen: number;
  /** What its initialize said (undefined: not shareable, served here only). */
  readonly record: SessionRecord | undefined;
  /** False until the store has the record (it was not open, or did not answer, at initialize). */
  saved: boolean;
}

type RequestOptions = { parsedBody?: unknown; authInfo?: AuthInfo };

function ownerOf(authInfo: AuthInfo | undefined): string | undefined {
  const principal = principalOf(authInfo);
  return principal ? principalKey(principal) : undefined;
}

function jsonRpcError(status: number, message: string): Response {
  return Response.json({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }, { status });
}

const NOT_FOUND = 'Session not found: initialize a new session.';

export class LegacySessions {
  private readonly sessions = new Map<string, Session>();
  /** Rebuilds under way, by owner and id: concurrent requests of one session share one. */
  private readonly restoring = new Map<string, Promise<Session | undefined>>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly relay: SessionRelay;
  private readonly requestIds: WireRequestIds;

  constructor(
    private readonly factory: (context?: McpRequestContext) => McpServer,
    private readonly logger: Logger,
    private readonly sharing: SessionSharing = { state: () => undefined, idleMs: DEFAULT_IDLE_MS },
  ) {
    const every = Math.min(60_000, Math.max(1000, Math.floor(sharing.idleMs / 2)));
    this.sweeper = setInterval(() => this.closeIdle(Date.now()), every);
    this.sweeper.unref();
    this.requestIds = new WireRequestIds(() => sharing.state()?.sealKey);
    this.relay = new SessionRelay(
      () => this.store(),
      (sid, message) => this.deliver(sid, message),
      (sid, id) => this.requestIds.isOf(sid, id),
      logger,
    );
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
    if (id === null) {
      if (this.sessions.size >= MAX_SESSIONS) return jsonRpcError(503, 'Too many open sessions.');
      return this.open(request, options);
    }
    let session: Session | undefined;
    try {
      session = await this.find(id, ownerOf(authInfo), request);
    } catch {
      return jsonRpcError(
        503,
        'Sessions are unavailable: the shared state store did not answer. Retry shortly.',
      );
    }
    // Another person's session is answered as if it did not exist.
    if (!session) return jsonRpcError(404, NOT_FOUND);
    session.lastSeen = Date.now();
    try {
      if (await this.relay.route(id, parsedBody)) return new Response(null, { status: 202 });
    } catch {
      return jsonRpcError(503, 'The answer could not be passed on: the shared state store did not answer.');
    }
    return session.transport.handleRequest(request, options);
  }

  private store(): SessionStore | undefined {
    return this.sharing.state()?.sessions;
  }

  /** The live session `id` of `owner`: held here (and still live in the store), or rebuilt from it. */
  private async find(id: string, owner: string | undefined, request: Request): Promise<Session | undefined> {
    const local = this.sessions.get(id);
    if (local) {
      if (local.owner !== owner) return undefined;
      if (await this.stillShared(id, local)) return local;
      await this.close(id);
      return undefined;
    }
    const store = this.store();
    if (!store) return undefined;
    const key = `${owner ?? ''}\n${id}`;
    let pending = this.restoring.get(key);
    if (!pending) {
      pending = this.restore(store, id, owner, request).finally(() => this.restoring.delete(key));
      this.restoring.set(key, pending);
    }
    return pending;
  }

  /**
   * Extends the shared record of a session held here; false when it is gone from the store (idle
   * expiry, or a DELETE on another instance). A store that does not answer leaves it served: the
   * calls it makes need the store too, and are refused there (StateUnavailable).
   */
  private async stillShared(id: string, session: Session): Promise<boolean> {
    const store = this.store();
    if (!store) return true;
    const now = Date.now();
    try {
      if (!session.saved) return (await this.save(store, id, session), true);
      return await store.touch(id, now + this.sharing.idleMs, now);
    } catch (e) {
      this.logger.warn('session store unavailable', { error: e instanceof Error ? e.message : String(e) });
      return true;
    }
  }

  private async save(store: SessionStore, id: string, session: Session): Promise<void> {
    if (!session.record) return;
    await store.save(id, session.record, Date.now() + this.sharing.idleMs);
    session.saved = true;
  }

  /** Serves a request without a session: an initialize opens one, anything else is refused by the SDK. */
  private async open(request: Request, options: RequestOptions): Promise<Response> {
    const server = this.factory({ era: 'legacy', requestInfo: request });
    const owner = ownerOf(options.authInfo);
    const record = recordOfInitialize(options.parsedBody, owner);
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      maxRequestBodySize: MAX_MESSAGE_BYTES,
      // Saved before the initialize is answered: the client's next request may reach another instance.
      onsessioninitialized: async (sid) => {
        const session: Session = { server, transport, owner, lastSeen: Date.now(), record, saved: false };
        this.sessions.set(sid, session);
        this.watch(sid, transport);
        const store = this.store();
        if (store) await this.save(store, sid, session).catch(() => undefined);
      },
      onsessionclosed: (sid) => this.end(sid),
    });
    transport.onerror = (e) => this.logger.warn('http session error', { error: e.message });
    await server.connect(transport);
    const response = await transport.handleRequest(request, options);
    if (transport.sessionId === undefined) await server.close();
    return response;
  }

  /** Rebuilds a session another instance opened, if it is live and `owner`'s. */
  private async restore(
    store: SessionStore,
    id: string,
    owner: string | undefined,
    request: Request,
  ): Promise<Session | undefined> {
    const now = Date.now();
    const record = await store.load(id, now);
    if (!record || record.owner !== owner || this.sessions.size >= MAX_SESSIONS) return undefined;
    await store.touch(id, now + this.sharing.idleMs, now);
    const server = this.factory({ era: 'legacy', requestInfo: request });
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => id,
      maxRequestBodySize: MAX_MESSAGE_BYTES,
      onsessionclosed: (sid) => this.end(sid),
    });
    transport.onerror = (e) => this.logger.warn('http session error', { error: e.message });
    await server.connect(transport);
    try {
      await replayInitialize(transport, id, record);
    } catch (e) {
      this.logger.warn('could not rebuild a shared session', {
        error: e instanceof Error ? e.message : String(e),
      });
      await server.close().catch(() => undefined);
      return undefined;
    }
    const session: Session = { server, transport, owner, lastSeen: now, record, saved: true };
    this.sessions.set(id, session);
    this.watch(id, transport);
    return session;
  }

  /**
   * Watches what the session's server sends: its requests go out under ids unique across instances
   * (request-ids.ts), and the relay learns those wire ids (so it is installed first, inside).
   */
  private watch(id: string, transport: WebStandardStreamableHTTPServerTransport): void {
    this.relay.watch(id, transport);
    uniqueRequestIds(
      transport,
      () => this.requestIds.mint(id),
      () => this.logger.warn('ignored an answer to no outstanding question'),
    );
  }

  /** The client ended the session (DELETE): forgotten here and in the store, so everywhere. */
  private async end(id: string): Promise<void> {
    await this.close(id);
    await this.store()
      ?.remove(id)
      .catch((e: unknown) =>
        this.logger.warn('could not remove a shared session', {
          error: e instanceof Error ? e.message : String(e),
        }),
      );
  }

  /** Closes the session here only: other instances may still serve it. */
  private async close(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    this.relay.forget(id);
    await session.server.close().catch(() => undefined);
  }

  private closeIdle(now: number): void {
    for (const [id, s] of this.sessions) if (now - s.lastSeen > this.sharing.idleMs) void this.close(id);
  }

  /** An answer relayed from another instance, handed to the session's transport here. */
  private async deliver(id: string, message: unknown): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    const request = new Request('http://session.relay/mcp', {
      method: 'POST',
      headers: replayHeaders(id, session.record?.protocolVersion),
    });
    await (await session.transport.handleRequest(request, { parsedBody: message })).text();
  }

  /** At shutdown: the sessions stay in the store, so the other instances keep serving them. */
  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    this.relay.stop();
    await Promise.all([...this.sessions.keys()].map((id) => this.close(id)));
  }
}

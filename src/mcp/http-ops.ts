// What a load balancer needs from the HTTP transport: `/healthz` (the process is up: 200 while it
// runs), `/readyz` (200 once the models are loaded and the state store answers, else 503 with the
// reason), and a way to stop taking work (SIGTERM): from then on every other request gets 503 with
// `Retry-After` and `Connection: close`, new connections are no longer accepted, and the
// responses already being written are waited for.
//
// Host and Origin checks: the probes are answered before them, on purpose. A load balancer's
// health check names the instance by its IP (`Host: 10.0.3.7:3000`), which no allowlist of the
// names clients use contains, so a checked probe would fail on every instance. The checks guard
// against DNS rebinding, a page reading answers it should not; a probe answers a status word and
// a reason (`models-loading`, `state-unavailable`, `shutting-down`), nothing about calls, AWS or
// the configuration, and only to GET and HEAD. Everything else stays behind the checks.

import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export type Readiness = { readonly ready: true } | { readonly ready: false; readonly reason: string };

export interface HttpOpsOptions {
  /** Whether the instance can serve calls now (models loaded, state store reachable). */
  readonly readiness: () => Promise<Readiness>;
  /** Seconds a refused client is told to wait (`Retry-After`): another instance takes over. */
  readonly retryAfterSeconds?: number;
}

const PROBES = new Set(['/healthz', '/readyz']);

function json(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

export class HttpOps {
  private server: Server | undefined;
  private draining = false;
  /** Requests other than GET streams whose response is not yet written (a tool call's answer). */
  private readonly open = new Set<ServerResponse>();
  private readonly idleWaiters = new Set<() => void>();

  constructor(private readonly opts: HttpOpsOptions) {}

  /** The transport's listener, closed when draining starts. */
  attach(server: Server): void {
    this.server = server;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Answers probes, and every request while draining; false: the transport handles it. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '/').split('?')[0]!;
    if (PROBES.has(path) && (req.method === 'GET' || req.method === 'HEAD')) {
      void this.probe(path, res);
      return true;
    }
    if (this.draining) {
      json(
        res,
        503,
        { error: 'The server is shutting down; retry (another instance will answer).' },
        { 'retry-after': String(this.opts.retryAfterSeconds ?? 1), connection: 'close' },
      );
      return true;
    }
    if (req.method !== 'GET') this.track(res);
    return false;
  }

  /** Stops accepting: the listener closes and new requests on open connections get 503. */
  stopAccepting(): void {
    this.draining = true;
    this.server?.close();
    this.server?.closeIdleConnections();
  }

  /** Resolves once every tracked response is written, or after `timeoutMs`. */
  idle(timeoutMs: number): Promise<void> {
    if (this.open.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.idleWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.idleWaiters.add(done);
    });
  }

  private track(res: ServerResponse): void {
    this.open.add(res);
    res.once('close', () => {
      this.open.delete(res);
      if (this.open.size === 0) for (const done of [...this.idleWaiters]) done();
    });
  }

  private async probe(path: string, res: ServerResponse): Promise<void> {
    if (path === '/healthz') return json(res, 200, { status: 'ok' });
    let readiness: Readiness;
    try {
      readiness = this.draining ? { ready: false, reason: 'shutting-down' } : await this.opts.readiness();
    } catch {
      readiness = { ready: false, reason: 'state-unavailable' };
    }
    if (readiness.ready) return json(res, 200, { status: 'ready' });
    json(res, 503, { status: 'not-ready', reason: readiness.reason });
  }
}

// A small round-robin HTTP proxy for multi-instance tests: each request goes to the next instance
// in turn, streamed both ways (SSE included), as a load balancer without sticky sessions would.
// It remembers which instance got each request, its headers and status, so a test can show that
// one MCP session really was served by several instances (or, with one target in front of an
// emulator, how each AWS request was signed).

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Forwarded {
  readonly target: string;
  readonly sessionId: string | undefined;
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  /** The request's headers (lower-cased names) as the proxy received them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  status?: number;
}

export interface RoundRobinProxy {
  /** http://127.0.0.1:<port>/mcp */
  readonly url: string;
  readonly forwarded: readonly Forwarded[];
  /** The instances requests go to (set before or after listening). */
  targets: string[];
  close(): Promise<void>;
}

export async function startRoundRobin(targets: string[] = []): Promise<RoundRobinProxy> {
  let next = 0;
  const forwarded: Forwarded[] = [];
  const proxy: RoundRobinProxy = {
    url: '',
    forwarded,
    targets,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const base = proxy.targets[next++ % proxy.targets.length]!;
    const target = new URL(req.url ?? '/', base);
    const sessionHeader = req.headers['mcp-session-id'];
    const entry: Forwarded = {
      target: base,
      sessionId: typeof sessionHeader === 'string' ? sessionHeader : undefined,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: { ...req.headers },
    };
    forwarded.push(entry);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (r) => {
        entry.status = r.statusCode;
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => {
      entry.status = 502;
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(proxy, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp` });
}

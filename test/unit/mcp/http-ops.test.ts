// HttpOps on a real node:http server: probes, the refusal while draining (503, Retry-After) on a
// connection that was already open, and waiting for the responses still being written.

import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpOps, type Readiness } from '../../../src/mcp/http-ops.js';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** A server whose non-probe requests are answered only when `finish` is called. */
async function serve(readiness: () => Promise<Readiness>) {
  const ops = new HttpOps({ readiness, retryAfterSeconds: 5 });
  const pending: (() => void)[] = [];
  server = createServer((req, res) => {
    if (ops.handle(req, res)) return;
    pending.push(() => res.end('done'));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  ops.attach(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { ops, base, finish: () => pending.splice(0).forEach((f) => f()), pending };
}

function send(base: string, path: string, method = 'GET', agent?: Agent) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(new URL(path, base), { method, ...(agent ? { agent } : {}) }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject).end();
    },
  );
}

describe('HttpOps', () => {
  it('answers /healthz always and /readyz from the readiness check, HEAD without a body', async () => {
    let state: Readiness = { ready: false, reason: 'models-loading' };
    const { base } = await serve(async () => state);
    expect(await send(base, '/healthz')).toMatchObject({ status: 200, body: '{"status":"ok"}' });
    expect(await send(base, '/readyz')).toMatchObject({
      status: 503,
      body: '{"status":"not-ready","reason":"models-loading"}',
    });
    state = { ready: true };
    expect(await send(base, '/readyz?verbose=1')).toMatchObject({ status: 200, body: '{"status":"ready"}' });
    expect(await send(base, '/readyz', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('says state-unavailable when the readiness check throws', async () => {
    const { base } = await serve(async () => {
      throw new Error('database is closed');
    });
    const r = await send(base, '/readyz');
    expect(r.status).toBe(503);
    expect(r.body).toBe('{"status":"not-ready","reason":"state-unavailable"}');
  });

  it('while draining: 503 with Retry-After on an open connection, readyz shutting-down, healthz 200', async () => {
    const { ops, base, finish, pending } = await serve(async () => ({ ready: true }));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const running = send(base, '/mcp', 'POST', agent); // a call in progress holds the socket
    await new Promise<void>((resolve) => {
      const check = () => (pending.length ? resolve() : setImmediate(check));
      check();
    });
    const idle = ops.idle(60_000);
    ops.stopAccepting();
    // The next request on the same (busy, kept-alive) connection is refused, not served.
    const refused = send(base, '/mcp', 'POST', agent);
    finish();
    expect((await running).body).toBe('done');
    await idle; // the running response was written
    const r = await refused;
    expect(r.status).toBe(503);
    expect(r.headers['retry-after']).toBe('5');
    expect(r.headers.connection).toBe('close');
    agent.destroy();
    await expect(send(base, '/healthz')).rejects.toThrow(); // listener closed: new connections refused
  });
});

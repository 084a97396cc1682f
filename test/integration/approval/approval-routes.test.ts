// GET /approvals and POST /approvals/<id> on a node:http server, authenticated by the server's
// HttpAuth against a real oidc-provider, deciding requests in a real SQLite state store, with the
// routes' clock under the test's control: what each person sees, every refusal (401, 403, 404,
// 405, 410, 413, 400), racing decisions of which exactly one wins, and 503 until the store is open.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HttpAuth } from '../../../src/auth/http-auth.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { approvalsNodeHandler } from '../../../src/mcp/approval-routes.js';
import type { StateStore } from '../../../src/state/ports.js';
import { openSqliteState } from '../../../src/state/sqlite/open.js';
import { startOidcProvider, type TestClient, type TestIssuer } from '../../helpers/oidc.js';

let idp: TestIssuer;
let state: StateStore;
let server: Server;
let base: string;
let dir: string;
let storeOpen = true;
let clock = Date.now();
const tokens = new Map<string, string>();

beforeAll(async () => {
  idp = await startOidcProvider();
  dir = mkdtempSync(path.join(os.tmpdir(), 'approval-routes-'));
  state = openSqliteState(path.join(dir, 'audit.db'));
  // Made once the port (the resource URL) is known, as the server does.
  const made: { auth?: HttpAuth } = {};
  const handler = approvalsNodeHandler(toNodeHandler, {
    auth: () => made.auth,
    approvals: () => (storeOpen ? state.approvals : undefined),
    logger: silentLogger,
    now: () => clock,
  });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  made.auth = new HttpAuth({
    settings: { issuers: [idp.issuer], requiredScopes: [], groupsClaim: 'groups' },
    resourceUrl: `${base}/mcp`,
    logger: silentLogger,
  });
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await state?.close();
  await idp?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(who: TestClient | undefined, route: string, init: RequestInit = {}) {
  let token = who ? tokens.get(who.id) : undefined;
  if (who && !token) tokens.set(who.id, (token = await idp.clientCredentialsToken(who, `${base}/mcp`)));
  const r = await fetch(`${base}${route}`, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
  });
  const text = await r.text();
  return { status: r.status, body: (text ? JSON.parse(text) : undefined) as Record<string, any> };
}

const decide = (who: TestClient, id: string, decision: unknown) =>
  call(who, `/approvals/${id}`, { method: 'POST', body: JSON.stringify({ decision }) });

async function pending(fourEyes: boolean, ttlSeconds = 600): Promise<string> {
  const { approvalId } = await state.approvals.issue({
    request: {
      service: 'dynamodb',
      operation: 'DeleteTable',
      region: 'us-east-1',
      keyParameters: { TableName: 't' },
    },
    payloadHash: state.approvals.payloadHash({ TableName: 't' }),
    sessionId: `${idp.issuer}#alice-cli/http-sessionless`,
    mode: 'out-of-band',
    ttlSeconds,
    now: clock,
    ...(fourEyes
      ? {
          fourEyes: {
            requestedBy: `${idp.issuer}#alice-cli`,
            requesterName: 'alice-cli',
            approvers: ['platform-leads'],
            risk: 'destructive',
          },
        }
      : {}),
  });
  return approvalId;
}

it('lists only what the caller may decide: the lead sees four-eyes requests of others, the requester and others see none', async () => {
  const { alice, bob, lead } = idp.clients;
  const fourEyes = await pending(true);
  const terminalOnly = await pending(false);
  const seen = (await call(lead, '/approvals')).body.approvals as { id: string }[];
  expect(seen.map((a) => a.id)).toContain(fourEyes);
  expect(seen.map((a) => a.id)).not.toContain(terminalOnly);
  expect((await call(alice, '/approvals')).body.approvals).toEqual([]);
  expect((await call(bob, '/approvals')).body.approvals).toEqual([]);
  expect(await decide(lead, terminalOnly, 'approve')).toMatchObject({
    status: 403,
    body: { error: { code: 'NotAnApprover' } },
  });
  expect((await call(undefined, '/approvals')).status).toBe(401);
});

it('of racing decisions by approvers exactly one is recorded; the others get 409', async () => {
  const id = await pending(true);
  const answers = await Promise.all(
    Array.from({ length: 8 }, (_, i) => decide(idp.clients.lead, id, i % 2 ? 'approve' : 'deny')),
  );
  expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
  expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.code)).toEqual(
    Array(7).fill('AlreadyDecided'),
  );
  const won = answers.find((a) => a.status === 200)!.body;
  expect(await state.approvals.get(id)).toMatchObject({
    state: won.decision,
    approvedBy: `${idp.issuer}#lead-cli`,
    decidedVia: 'http',
  });
});

it('an expired request is 410, an unknown or malformed id 404, wrong methods 405, bad bodies 400 and 413', async () => {
  const { lead } = idp.clients;
  const id = await pending(true, 60);
  clock += 61_000;
  try {
    expect(await decide(lead, id, 'approve')).toMatchObject({
      status: 410,
      body: { error: { code: 'Expired' } },
    });
  } finally {
    clock -= 61_000;
  }
  expect((await decide(lead, 'apr_000000000000', 'approve')).status).toBe(404);
  expect((await decide(lead, '..%2F..%2Fetc', 'approve')).status).toBe(404);
  expect((await decide(lead, '%E0%A4%A', 'approve')).status).toBe(404);
  expect((await call(lead, `/approvals/${id}`)).status).toBe(405);
  expect((await call(lead, '/approvals', { method: 'POST', body: '{}' })).status).toBe(405);
  expect(await decide(lead, id, 'yes')).toMatchObject({
    status: 400,
    body: { error: { code: 'InvalidRequest' } },
  });
  const notJson = await call(lead, `/approvals/${id}`, { method: 'POST', body: 'approve' });
  expect(notJson).toMatchObject({ status: 400, body: { error: { code: 'InvalidRequest' } } });
  const big = await call(lead, `/approvals/${id}`, {
    method: 'POST',
    body: JSON.stringify({ decision: 'approve', pad: 'x'.repeat(4096) }),
  });
  expect(big.status).toBe(413);
  expect((await state.approvals.get(id))?.state).toBe('pending');
});

it('answers 503 until the state store is open', async () => {
  storeOpen = false;
  try {
    const r = await call(idp.clients.lead, '/approvals');
    expect(r).toMatchObject({ status: 503, body: { error: { code: 'Unavailable' } } });
  } finally {
    storeOpen = true;
  }
});

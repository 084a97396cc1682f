// Every token the server must refuse, sent as the bearer of a tools/call that would create a
// DynamoDB table inside a 2025-era session opened with a good token: each gets its status and
// challenge, and no table is created. The same call with the good token then runs, so it was the
// token alone that was refused. Another person cannot use someone's session either.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamodb, startOAuthDeployment, tableSpec, type OAuthDeployment } from '../helpers/oauth-server.js';
import {
  MCP_SCOPE,
  publicKeyHmacToken,
  tamperedToken,
  unknownKeyToken,
  unsecuredToken,
} from '../helpers/oidc.js';
import { startHttpServer } from '../helpers/http-server.js';
import { filesOf, leaks } from '../helpers/secret-scan.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

let d: OAuthDeployment;
let good: string;
let session: string;

const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

function post(token: string | undefined, body: object, sessionId?: string): Promise<Response> {
  return fetch(d.server.url, {
    method: 'POST',
    headers: {
      ...MCP_HEADERS,
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
      ...(sessionId ? { 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-11-25' } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function openSession(token: string): Promise<string> {
  const init = await post(token, {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
  });
  expect(init.status).toBe(200);
  await init.text();
  const id = init.headers.get('mcp-session-id')!;
  await (await post(token, { jsonrpc: '2.0', method: 'notifications/initialized' }, id)).text();
  return id;
}

const call = (args: object) => ({
  jsonrpc: '2.0',
  id: 2,
  method: 'tools/call',
  params: { name: 'aws_execute', arguments: args },
});

beforeAll(async () => {
  requireBuild();
  d = await startOAuthDeployment();
  good = await d.idp.clientCredentialsToken(d.idp.clients.alice, d.server.url);
  session = await openSession(good);
});
afterAll(() => d?.stop());

const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: d.idp.issuer,
  sub: 'alice-cli',
  aud: d.server.url,
  scope: MCP_SCOPE,
  iat: now(),
  exp: now() + 300,
  ...extra,
});

const INVALID: [string, () => Promise<string> | string][] = [
  ['malformed', () => 'not-a-jwt'],
  ['wrong signature', async () => tamperedToken(await d.idp.sign(claims()), claims({ sub: 'bob-cli' }))],
  ['a key the issuer never published', () => unknownKeyToken(claims())],
  ['wrong iss', () => d.idp.sign(claims({ iss: 'https://evil.example' }))],
  ['wrong aud', () => d.idp.clientCredentialsToken(d.idp.clients.alice, 'http://127.0.0.1:1/mcp')],
  ['expired', () => d.idp.sign(claims({ exp: now() - 600 }))],
  ['not yet valid', () => d.idp.sign(claims({ nbf: now() + 600 }))],
  ['alg none', () => unsecuredToken(claims())],
  ['HS256 signed with the public key', () => publicKeyHmacToken(d.idp, claims())],
];

describe('refused tokens', () => {
  const metadata = () => `${new URL(d.server.url).origin}/.well-known/oauth-protected-resource/mcp`;

  it('no token: 401 naming the metadata, without an error code', async () => {
    const r = await post(undefined, call(dynamodb('CreateTable', tableSpec('forged-none'))), session);
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe(
      `Bearer resource_metadata="${metadata()}", scope="${MCP_SCOPE}"`,
    );
  });

  it.each(INVALID)('%s: 401 invalid_token', async (label, token) => {
    const table = `forged-${label.replace(/\W+/g, '-')}`;
    const r = await post(await token(), call(dynamodb('CreateTable', tableSpec(table))), session);
    expect(r.status).toBe(401);
    const challenge = r.headers.get('www-authenticate')!;
    expect(challenge).toMatch(/^Bearer error="invalid_token"/);
    expect(challenge).toContain(`resource_metadata="${metadata()}"`);
  });

  it('missing scope: 403 insufficient_scope naming the scope', async () => {
    const token = await d.idp.clientCredentialsToken(d.idp.clients.noScope, d.server.url, '');
    const r = await post(token, call(dynamodb('CreateTable', tableSpec('forged-scope'))), session);
    expect(r.status).toBe(403);
    const challenge = r.headers.get('www-authenticate')!;
    expect(challenge).toContain('error="insufficient_scope"');
    expect(challenge).toContain(`scope="${MCP_SCOPE}"`);
  });

  it("another person's token cannot use the session", async () => {
    const bob = await d.idp.clientCredentialsToken(d.idp.clients.bob, d.server.url);
    const r = await post(bob, call(dynamodb('CreateTable', tableSpec('forged-session'))), session);
    expect(r.status).toBe(404);
  });

  it('none of them ran; the same call with the good token does', async () => {
    const listed = await (await post(good, call(dynamodb('ListTables', {})), session)).text();
    expect(listed).toContain('TableNames');
    expect(listed).not.toContain('forged-');
    const created = await (
      await post(good, call(dynamodb('CreateTable', tableSpec('made-by-alice'))), session)
    ).text();
    expect(created).toContain('made-by-alice');
    expect(created).toContain('TableStatus');
    expect(created).not.toContain('"isError":true');
  });

  it('the token is nowhere in the logs or the audit database', async () => {
    const places: Record<string, Buffer | string> = { stderr: d.server.stderr() };
    for (const f of filesOf(d.env.AUDIT_DB_PATH!)) places[f] = readFileSync(f);
    expect(Object.keys(places).length).toBeGreaterThan(1);
    // The signature alone identifies the token; the payload (claims) is not secret.
    expect(leaks(good.split('.')[2]!, places)).toEqual([]);
  });
});

describe('a non-loopback bind with authentication', () => {
  it('starts without the unauthenticated opt-in or its warning, and refuses requests without a token', async () => {
    const server = await startHttpServer(
      serverEnv({
        AWS_MCP_HTTP_HOST: '0.0.0.0',
        AWS_MCP_HTTP_ALLOWED_HOSTS: '127.0.0.1',
        AWS_MCP_AUTH_ISSUERS: d.idp.issuer,
        AWS_MCP_PUBLIC_URL: 'https://mcp.example.com/mcp',
      }),
    );
    try {
      const port = new URL(server.url).port;
      const r = await fetch(`http://127.0.0.1:${port}/mcp`, {
        method: 'POST',
        headers: MCP_HEADERS,
        body: '{}',
      });
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toContain(
        'resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/mcp"',
      );
      expect(server.stderr()).not.toContain('ALLOW_UNAUTHENTICATED');
    } finally {
      server.stop();
    }
  });
});

// HttpAuth's answers that the end-to-end tests do not reach: the metadata routes' methods, a
// non-Bearer scheme, and an authorization server that cannot be reached (503, not a 401 that
// would send clients to log in again).

import { describe, expect, it } from 'vitest';
import { HttpAuth } from '../../../src/auth/http-auth.js';
import { principalOf } from '../../../src/auth/principal-of.js';
import { silentLogger } from '../../../src/logging/logger.js';

const auth = (issuers: string[]) =>
  new HttpAuth({
    settings: { issuers, requiredScopes: [], groupsClaim: 'groups' },
    resourceUrl: 'https://mcp.example.com/team/mcp',
    logger: silentLogger,
  });

const at = (path: string, init?: RequestInit) => new Request(`https://mcp.example.com${path}`, init);

describe('HttpAuth', () => {
  it('serves the metadata at the root and path-suffixed routes, GET only', async () => {
    const a = auth(['https://idp.example.com']);
    expect(a.metadataUrl).toBe('https://mcp.example.com/.well-known/oauth-protected-resource/team/mcp');
    for (const path of [
      '/.well-known/oauth-protected-resource',
      '/.well-known/oauth-protected-resource/team/mcp',
    ]) {
      const doc = (await a.metadataResponse(at(path))!.json()) as Record<string, unknown>;
      expect(doc.resource).toBe('https://mcp.example.com/team/mcp');
      expect(doc).not.toHaveProperty('scopes_supported');
    }
    expect(a.metadataResponse(at('/.well-known/oauth-protected-resource', { method: 'POST' }))!.status).toBe(
      405,
    );
    expect(
      a.metadataResponse(at('/.well-known/oauth-protected-resource', { method: 'OPTIONS' }))!.status,
    ).toBe(204);
    expect(a.metadataResponse(at('/mcp'))).toBeUndefined();
  });

  it('a scheme other than Bearer is an invalid token', async () => {
    const r = (await auth(['https://idp.example.com']).authenticate(
      at('/team/mcp', { headers: { authorization: 'Basic dTpw' } }),
    )) as Response;
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  });

  it('an unreachable authorization server is 503 with Retry-After, and nobody is authenticated', async () => {
    const issuer = 'http://127.0.0.1:1';
    const token = [
      { alg: 'RS256', kid: 'k' },
      { iss: issuer, sub: 's', aud: 'x', exp: 2e9 },
    ]
      .map((p) => Buffer.from(JSON.stringify(p)).toString('base64url'))
      .join('.');
    const r = await auth([issuer]).authenticate(
      at('/team/mcp', { headers: { authorization: `Bearer ${token}.sig` } }),
    );
    expect(r).toBeInstanceOf(Response);
    expect((r as Response).status).toBe(503);
    expect((r as Response).headers.get('retry-after')).toBe('30');
    expect(principalOf(undefined)).toBeUndefined();
  });
});

// Issuer discovery (RFC 8414 path rules, then OpenID discovery) and key rotation, against a small
// issuer on 127.0.0.1 whose documents and keys the test controls: an issuer with a path that
// publishes only the original OpenID form (Entra ID, Keycloak), and a key set that rotates.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverIssuer, discoveryUrls } from '../../../src/auth/discovery.js';
import { TokenVerifier } from '../../../src/auth/token-verifier.js';
import { IssuerUnavailable, TokenRejected } from '../../../src/auth/types.js';

describe('discoveryUrls', () => {
  it('puts the well-known segment before an issuer path (RFC 8414 §3.1), OpenID form last', () => {
    expect(discoveryUrls('https://idp.example/tenant/v2.0')).toEqual([
      'https://idp.example/.well-known/oauth-authorization-server/tenant/v2.0',
      'https://idp.example/.well-known/openid-configuration/tenant/v2.0',
      'https://idp.example/tenant/v2.0/.well-known/openid-configuration',
    ]);
    expect(discoveryUrls('https://idp.example')).toEqual([
      'https://idp.example/.well-known/oauth-authorization-server',
      'https://idp.example/.well-known/openid-configuration',
    ]);
    expect(discoveryUrls('https://idp.example/')).toEqual(discoveryUrls('https://idp.example'));
  });
});

interface Signer {
  readonly kid: string;
  readonly key: CryptoKey;
  readonly jwk: JWK;
}

async function signer(kid: string): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { kid, key: privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

let server: Server;
let base: string;
let published: Signer[] = [];
let issuerInDocument: string | undefined;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url!);
    if (req.url === '/tenant/v2.0/.well-known/openid-configuration') {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({ issuer: issuerInDocument ?? `${base}/tenant/v2.0`, jwks_uri: `${base}/keys` }),
      );
    } else if (req.url === '/keys') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: published.map((s) => s.jwk) }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('discoverIssuer', () => {
  it('falls back through the RFC 8414 forms to the OpenID form', async () => {
    requests.length = 0;
    const meta = await discoverIssuer(`${base}/tenant/v2.0`);
    expect(meta.jwks_uri).toBe(`${base}/keys`);
    expect(requests).toEqual([
      '/.well-known/oauth-authorization-server/tenant/v2.0',
      '/.well-known/openid-configuration/tenant/v2.0',
      '/tenant/v2.0/.well-known/openid-configuration',
    ]);
  });

  it('refuses a document that names another issuer (RFC 8414 §3.3)', async () => {
    issuerInDocument = 'https://impostor.example';
    try {
      const e = await discoverIssuer(`${base}/tenant/v2.0`).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(IssuerUnavailable);
      expect((e as Error).message).toContain('impostor');
    } finally {
      issuerInDocument = undefined;
    }
  });
});

describe('key rotation', () => {
  it('fetches the key set again for a new kid, and refuses a kid still unknown after that', async () => {
    const issuer = `${base}/tenant/v2.0`;
    const audience = 'https://mcp.example/mcp';
    const verifier = new TokenVerifier({
      settings: { issuers: [issuer], requiredScopes: [], groupsClaim: 'groups' },
      audience,
      jwksCooldownMs: 0,
    });
    const sign = (s: Signer) =>
      new SignJWT({ iss: issuer, aud: audience, sub: 'erin' })
        .setProtectedHeader({ alg: 'ES256', kid: s.kid })
        .setExpirationTime('5m')
        .sign(s.key);
    const [first, second, never] = await Promise.all([signer('k1'), signer('k2'), signer('k3')]);
    published = [first];
    expect((await verifier.verify(await sign(first))).principal.subject).toBe('erin');
    published = [second]; // the issuer rotates
    expect((await verifier.verify(await sign(second))).principal.subject).toBe('erin');
    await expect(verifier.verify(await sign(never))).rejects.toBeInstanceOf(TokenRejected);
  });
});

// The token verifier against a real authorization server (oidc-provider): its own tokens pass,
// and every token a forger or a misconfigured provider could present is refused with the reason.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenVerifier } from '../../../src/auth/token-verifier.js';
import { IssuerUnavailable, TokenRejected } from '../../../src/auth/types.js';
import {
  MCP_SCOPE,
  publicKeyHmacToken,
  startOidcProvider,
  tamperedToken,
  unknownKeyToken,
  unsecuredToken,
  type TestIssuer,
} from '../../helpers/oidc.js';

const RESOURCE = 'http://127.0.0.1:8931/mcp';
let idp: TestIssuer;
let verifier: TokenVerifier;

beforeAll(async () => {
  idp = await startOidcProvider();
  verifier = new TokenVerifier({
    settings: { issuers: [idp.issuer], requiredScopes: [], groupsClaim: 'groups' },
    audience: RESOURCE,
  });
});
afterAll(() => idp.close());

const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: idp.issuer,
  sub: 'dave',
  aud: RESOURCE,
  iat: now(),
  exp: now() + 300,
  scope: MCP_SCOPE,
  ...extra,
});

async function rejectedWith(token: string): Promise<string> {
  const e = await verifier.verify(token).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TokenRejected);
  return (e as Error).message;
}

describe('TokenVerifier with oidc-provider', () => {
  it("accepts the issuer's client-credentials token and names the person in it", async () => {
    const token = await idp.clientCredentialsToken(idp.clients.alice, RESOURCE);
    const verified = await verifier.verify(token);
    expect(verified.principal).toMatchObject({
      source: 'oauth',
      subject: 'alice-cli',
      issuer: idp.issuer,
      groups: ['platform-admins'],
      clientId: 'alice-cli',
      scopes: [MCP_SCOPE],
    });
    expect(verified.expiresAt).toBeGreaterThan(now());
  });

  it('refuses a token issued for another resource (aud)', async () => {
    const token = await idp.clientCredentialsToken(idp.clients.alice, 'http://127.0.0.1:1/other');
    expect(await rejectedWith(token)).toMatch(/aud/);
  });

  it('refuses what is not a JWT, or a JWT whose signature does not verify', async () => {
    expect(await rejectedWith('not-a-token')).toMatch(/well-formed/);
    const forged = tamperedToken(await idp.sign(claims()), claims({ sub: 'mallory' }));
    expect(await rejectedWith(forged)).toMatch(/signature/);
  });

  it('refuses a key the issuer never published (unknown kid)', async () => {
    expect(await rejectedWith(await unknownKeyToken(claims()))).toMatch(/no key published/);
  });

  it('refuses an issuer that is not configured, and a token whose iss does not match its signer', async () => {
    expect(await rejectedWith(await idp.sign(claims({ iss: 'https://evil.example' })))).toMatch(/issuer/);
    const other = new TokenVerifier({
      settings: { issuers: [idp.issuer, 'http://127.0.0.1:1'], requiredScopes: [], groupsClaim: 'groups' },
      audience: RESOURCE,
    });
    // Signed with this issuer's key but claiming the other one: judged by the other one's keys only.
    const token = await idp.sign(claims({ iss: 'http://127.0.0.1:1' }));
    await expect(other.verify(token)).rejects.toBeInstanceOf(IssuerUnavailable);
  });

  it('refuses expired and not-yet-valid tokens beyond the clock skew, accepts within it', async () => {
    expect(await rejectedWith(await idp.sign(claims({ exp: now() - 600 })))).toMatch(/exp/);
    expect(await rejectedWith(await idp.sign(claims({ nbf: now() + 600 })))).toMatch(/nbf/);
    await expect(verifier.verify(await idp.sign(claims({ exp: now() - 5 })))).resolves.toBeDefined();
    expect(await rejectedWith(await idp.sign(claims({ exp: undefined })))).toMatch(/exp/);
  });

  it('refuses alg none', async () => {
    expect(await rejectedWith(unsecuredToken(claims()))).toMatch(/alg|Unsecured/i);
  });

  it("refuses HS256 signed with the issuer's public key (algorithm confusion)", async () => {
    expect(await rejectedWith(await publicKeyHmacToken(idp, claims()))).toMatch(/alg/);
  });

  it('refuses a token without a subject', async () => {
    expect(await rejectedWith(await idp.sign(claims({ sub: undefined })))).toMatch(/sub/);
  });
});

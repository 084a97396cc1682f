// A real OAuth 2.1 / OpenID authorization server for the tests: oidc-provider (a certified OpenID
// provider) on 127.0.0.1, port 0. It issues JWT access tokens for the resource a client names
// (RFC 8707 resource indicators), by client credentials (one client per person: the token's `sub`
// is the client id) and by authorization code + PKCE for a public client, whose login and consent
// a test completes with plain HTTP requests (`authorize`). It also hands out its own signing key,
// so tests can make the tokens a real issuer never would (wrong audience, expired...).

import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import Provider, { type OidcContext } from 'oidc-provider';

export const MCP_SCOPE = 'mcp:tools';
export const REDIRECT_URI = 'http://127.0.0.1:1/callback';

export interface TestClient {
  readonly id: string;
  readonly secret: string;
}

export interface TestIssuer {
  readonly issuer: string;
  /** Confidential clients (client credentials), each its own person; `noScope` asks for no scope. */
  readonly clients: {
    readonly alice: TestClient;
    readonly bob: TestClient;
    readonly noScope: TestClient;
    /** A platform lead (four-eyes approver) and a reader. */
    readonly lead: TestClient;
    readonly reader: TestClient;
  };
  /** The public client (authorization code + PKCE) and the account its logins are for. */
  readonly publicClientId: string;
  readonly loginAccount: string;
  readonly signingKid: string;
  /** Signs any claims with the issuer's own published key. */
  readonly sign: (claims: JWTPayload, header?: { alg?: string; kid?: string }) => Promise<string>;
  /** A client-credentials access token for `resource`, asked at the token endpoint. */
  readonly clientCredentialsToken: (client: TestClient, resource: string, scope?: string) => Promise<string>;
  /** Logs in and consents for an authorization URL; resolves with what it sends the redirect URI (`code`, `iss`...). */
  readonly authorize: (authorizationUrl: URL) => Promise<URLSearchParams>;
  readonly close: () => Promise<void>;
}

/** Groups the tokens carry, by person (client id or account id). */
const GROUPS: Record<string, string[]> = {
  'alice-cli': ['platform-admins'],
  'bob-cli': ['developers'],
  'lead-cli': ['platform-leads'],
  'reader-cli': ['readers'],
  carol: ['readers'],
};

function resourcesOf(params: Record<string, unknown> | undefined): string[] {
  const r = params?.resource;
  return Array.isArray(r) ? r.map(String) : typeof r === 'string' ? [r] : [];
}

/** Consent is given at once: every requested resource gets the MCP scope (no consent screen). */
async function existingGrant(ctx: OidcContext) {
  const { client, session, params, result, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (grantId) return provider.Grant.find(grantId);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope('openid');
  for (const resource of resourcesOf(params)) grant.addResourceScope(resource, MCP_SCOPE);
  await grant.save();
  return grant;
}

function configuration(privateJwk: JWK, clients: TestIssuer['clients']) {
  const confidential = (c: TestClient) => ({
    client_id: c.id,
    client_secret: c.secret,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  });
  return {
    clients: [
      confidential(clients.alice),
      confidential(clients.bob),
      confidential(clients.noScope),
      confidential(clients.lead),
      confidential(clients.reader),
      {
        client_id: 'desktop-app',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [REDIRECT_URI],
      },
    ],
    jwks: { keys: [privateJwk] },
    scopes: ['openid'],
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id }) }),
    loadExistingGrant: existingGrant,
    extraTokenClaims: (_ctx: unknown, token: { accountId?: string; clientId?: string }) => ({
      groups: GROUPS[token.accountId ?? token.clientId ?? ''] ?? [],
    }),
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        useGrantedResource: () => true,
        // A token gets the scopes asked for, of these: `noScope` simply asks for none.
        getResourceServerInfo: (_ctx: unknown, resource: string) => ({
          scope: MCP_SCOPE,
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      ClientCredentials: 600,
      Grant: 600,
      Interaction: 600,
      Session: 600,
    },
  };
}

export async function startOidcProvider(): Promise<TestIssuer> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKid = 'test-issuer-key';
  const privateJwk = { ...(await exportJWK(privateKey)), kid: signingKid, alg: 'RS256', use: 'sig' };
  const clients = {
    alice: { id: 'alice-cli', secret: 'alice-secret-0123456789' },
    bob: { id: 'bob-cli', secret: 'bob-secret-0123456789' },
    noScope: { id: 'no-scope-cli', secret: 'no-scope-secret-0123456789' },
    lead: { id: 'lead-cli', secret: 'lead-secret-0123456789' },
    reader: { id: 'reader-cli', secret: 'reader-secret-0123456789' },
  };
  const loginAccount = 'carol';
  // The issuer URL names the port, known once listening: the provider is made then.
  const ready: { provider?: Provider; serve?: ReturnType<Provider['callback']> } = {};
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) void finishInteraction(ready.provider!, req, res, loginAccount);
    else ready.serve!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ready.provider = new Provider(issuer, configuration(privateJwk, clients));
  ready.serve = ready.provider.callback();
  return {
    issuer,
    clients,
    publicClientId: 'desktop-app',
    loginAccount,
    signingKid,
    sign: (claims, header = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: header.alg ?? 'RS256', kid: header.kid ?? signingKid, typ: 'at+jwt' })
        .sign(privateKey),
    clientCredentialsToken: (client, resource, scope = MCP_SCOPE) =>
      clientCredentials(issuer, client, resource, scope),
    authorize: (url) => authorize(url),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The interaction a login page would end: the person is `account`, consent is the grant above. */
async function finishInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  account: string,
): Promise<void> {
  try {
    const details = await provider.interactionDetails(req, res);
    const result = details.prompt.name === 'login' ? { login: { accountId: account } } : { consent: {} };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
}

async function clientCredentials(
  issuer: string,
  client: TestClient,
  resource: string,
  scope: string,
): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource, ...(scope ? { scope } : {}) }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token) throw new Error(`token endpoint: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** Follows the authorization redirects as a browser would (cookies included) up to the redirect URI. */
async function authorize(authorizationUrl: URL): Promise<URLSearchParams> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl.href;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw new Error(`authorization stopped at ${url} (HTTP ${response.status})`);
    const next = new URL(location, url);
    if (next.href.startsWith(REDIRECT_URI)) {
      if (!next.searchParams.get('code')) throw new Error(`authorization refused: ${next.search}`);
      return next.searchParams;
    }
    url = next.href;
  }
  throw new Error('too many redirects during authorization');
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A JWT with `alg: none` (no signature at all). */
export function unsecuredToken(claims: JWTPayload): string {
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}

/** The same claims with their payload swapped after signing: the signature no longer matches. */
export function tamperedToken(signed: string, claims: JWTPayload): string {
  const [header, , signature] = signed.split('.');
  return `${header}.${b64(claims)}.${signature}`;
}

/** An HS256 token keyed with the issuer's real public key (PEM), as anyone can fetch it: algorithm confusion. */
export async function publicKeyHmacToken(issuer: TestIssuer, claims: JWTPayload): Promise<string> {
  const meta = (await (await fetch(`${issuer.issuer}/.well-known/openid-configuration`)).json()) as {
    jwks_uri: string;
  };
  const { keys } = (await (await fetch(meta.jwks_uri)).json()) as { keys: JWK[] };
  const pem = await exportSPKI((await importJWK(keys[0]!, 'RS256')) as CryptoKey);
  const head = `${b64({ alg: 'HS256', kid: issuer.signingKid })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', pem).update(head).digest('base64url')}`;
}

/** Signed with a key the issuer never published (its own kid). */
export async function unknownKeyToken(claims: JWTPayload): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'rogue' }).sign(privateKey);
}

// The HTTP transport as an OAuth resource server, driven by the MCP SDKs' own OAuth support against
// a real authorization server (oidc-provider): a 401 names the protected resource metadata, the
// client finds the authorization server from it, gets a token (client credentials; authorization
// code + PKCE) and its tools/call runs. The person in the token is who the call runs for: a
// confirmation token issued to one person is refused for another.

import { ClientCredentialsProvider as V1ClientCredentials } from '@modelcontextprotocol/sdk/client/auth-extensions.js';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Http } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  Client,
  StreamableHTTPClientTransport,
  type OAuthClientProvider,
} from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientCredentialsClient,
  dynamodb,
  startOAuthDeployment,
  tableSpec,
  type OAuthDeployment,
} from '../helpers/oauth-server.js';
import { MCP_SCOPE, REDIRECT_URI } from '../helpers/oidc.js';
import { requireBuild } from '../helpers/server-env.js';

let d: OAuthDeployment;

beforeAll(async () => {
  requireBuild();
  d = await startOAuthDeployment();
});
afterAll(() => d?.stop());

const search = { query: 'list dynamodb tables' };

describe('discovery', () => {
  it('a request without a token gets 401 naming the protected resource metadata, which names the issuer', async () => {
    const r = await fetch(d.server.url, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(401);
    const origin = new URL(d.server.url).origin;
    const metadataUrl = `${origin}/.well-known/oauth-protected-resource/mcp`;
    expect(r.headers.get('www-authenticate')).toBe(
      `Bearer resource_metadata="${metadataUrl}", scope="${MCP_SCOPE}"`,
    );
    for (const url of [metadataUrl, `${origin}/.well-known/oauth-protected-resource`]) {
      expect(await (await fetch(url)).json()).toEqual({
        resource: d.server.url,
        authorization_servers: [d.idp.issuer],
        scopes_supported: [MCP_SCOPE],
        bearer_methods_supported: ['header'],
        resource_name: 'aws-tool-mcp',
      });
    }
  });

  it.each(['legacy', 'modern'] as const)(
    'the 2.x client (%s era) finds the issuer, gets a client-credentials token and calls a tool',
    async (era) => {
      const client = await clientCredentialsClient(d, d.idp.clients.alice, era);
      try {
        const r = await client.call('aws_search_operations', search);
        expect(r.isError, JSON.stringify(r.data)).toBe(false);
        expect(JSON.stringify(r.data)).toContain('ListTables');
      } finally {
        await client.close();
      }
    },
  );

  it('the 1.x SDK client does the same with its own provider', async () => {
    // The 1.x provider asks only for the scopes it is configured with.
    const authProvider = new V1ClientCredentials({
      clientId: d.idp.clients.bob.id,
      clientSecret: d.idp.clients.bob.secret,
      expectedIssuer: d.idp.issuer,
      scope: MCP_SCOPE,
    });
    const client = new V1Client({ name: 'v1-oauth-e2e', version: '1.0.0' });
    await client.connect(new V1Http(new URL(d.server.url), { authProvider }));
    try {
      const r = await client.callTool({ name: 'aws_search_operations', arguments: search });
      expect(r.isError).not.toBe(true);
    } finally {
      await client.close();
    }
  });
});

/** A desktop app: a public client that sends the person to the authorization server (PKCE). */
function desktopApp(clientId: string) {
  const state: { url?: URL; verifier?: string; tokens?: unknown } = {};
  const provider: OAuthClientProvider = {
    redirectUrl: REDIRECT_URI,
    clientMetadata: {
      redirect_uris: [REDIRECT_URI],
      token_endpoint_auth_method: 'none',
      client_name: 'desktop',
    },
    clientInformation: () => ({ client_id: clientId }),
    tokens: () => state.tokens as never,
    saveTokens: (tokens) => void (state.tokens = tokens),
    redirectToAuthorization: (url) => void (state.url = url),
    saveCodeVerifier: (v) => void (state.verifier = v),
    codeVerifier: () => state.verifier!,
  };
  return { provider, state };
}

describe('authorization code + PKCE', () => {
  it('the 2.x client sends the person to log in, redeems the code and calls a tool', async () => {
    const app = desktopApp(d.idp.publicClientId);
    const first = new StreamableHTTPClientTransport(new URL(d.server.url), { authProvider: app.provider });
    await expect(new Client({ name: 'desktop', version: '1' }).connect(first)).rejects.toThrow(/nauthorized/);
    expect(app.state.url?.searchParams.get('code_challenge_method')).toBe('S256');
    expect(app.state.url?.searchParams.get('resource')).toBe(d.server.url);
    await first.finishAuth(await d.idp.authorize(app.state.url!));
    const client = new Client({ name: 'desktop', version: '1' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(d.server.url), { authProvider: app.provider }),
    );
    try {
      const r = await client.callTool({ name: 'aws_search_operations', arguments: search });
      expect(r.isError).not.toBe(true);
    } finally {
      await client.close();
    }
  });
});

describe('the person in the token is who the call is for', () => {
  it('a confirmation token issued to one person is refused for another, and redeemed by its owner', async () => {
    const [alice, aliceAgain, bob] = await Promise.all([
      clientCredentialsClient(d, d.idp.clients.alice, 'modern'),
      clientCredentialsClient(d, d.idp.clients.alice, 'modern'),
      clientCredentialsClient(d, d.idp.clients.bob, 'modern'),
    ]);
    try {
      const table = 'owned-by-alice';
      expect((await alice.call('aws_execute', dynamodb('CreateTable', tableSpec(table)))).isError).toBe(
        false,
      );
      const asked = await alice.call('aws_execute', dynamodb('DeleteTable', { TableName: table }));
      expect(asked.data.error?.code, JSON.stringify(asked.data)).toBe('ConfirmationRequired');
      const token = asked.data.error.details.confirmationToken as string;
      const withToken = dynamodb('DeleteTable', { TableName: table }, { confirmationToken: token });
      const stolen = await bob.call('aws_execute', withToken);
      expect(stolen.data.error?.code, JSON.stringify(stolen.data)).toBe('InvalidConfirmationToken');
      const listed = await alice.call('aws_execute', dynamodb('ListTables', {}));
      expect(listed.data.result.TableNames).toContain(table);
      const own = await aliceAgain.call('aws_execute', withToken);
      expect(own.isError, JSON.stringify(own.data)).toBe(false);
    } finally {
      await Promise.all([alice, aliceAgain, bob].map((c) => c.close()));
    }
  });
});

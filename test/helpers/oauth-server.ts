// The built server as a team deploys it (`serve --http` with AWS_MCP_AUTH_ISSUERS) in front of the
// test authorization server (oidc-provider, test/helpers/oidc.ts), with DynamoDB on dynalite and a
// policy that asks approval for destructive calls; and MCP clients that get their tokens the way
// the SDKs do it on their own (a 401, the protected resource metadata, the authorization server's
// metadata, the token endpoint).

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  Client,
  ClientCredentialsProvider,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import { startDynalite, type Emulator } from './emulators.js';
import { startHttpServer, type HttpServerProcess } from './http-server.js';
import type { ToolOutcome } from './mcp-clients.js';
import { MCP_SCOPE, startOidcProvider, type TestClient, type TestIssuer } from './oidc.js';
import { serverEnv } from './server-env.js';

export interface OAuthDeployment {
  readonly idp: TestIssuer;
  readonly server: HttpServerProcess;
  readonly dynamo: Emulator;
  /** The server's environment (its AUDIT_DB_PATH...). */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

const DEFAULT_POLICY = 'version: 1\nmode: standard\napproval:\n  require_for: [destructive]\n';

/** `policy`: the policy.yaml text; `env`: more of the server's environment. */
export async function startOAuthDeployment(
  setup: { policy?: string; env?: Record<string, string> } = {},
): Promise<OAuthDeployment> {
  const [idp, dynamo] = await Promise.all([startOidcProvider(), startDynalite()]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oauth-e2e-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(policy, setup.policy ?? DEFAULT_POLICY);
  const env = serverEnv({
    AWS_MCP_AUTH_ISSUERS: idp.issuer,
    AWS_MCP_AUTH_REQUIRED_SCOPES: MCP_SCOPE,
    POLICY_PATH: policy,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    ...setup.env,
  });
  const server = await startHttpServer(env);
  return {
    idp,
    server,
    dynamo,
    env,
    stop: async () => {
      server.stop();
      await Promise.all([idp.close(), dynamo.stop()]);
    },
  };
}

export interface AuthedClient {
  call(name: string, args: Record<string, unknown>): Promise<ToolOutcome>;
  close(): Promise<void>;
}

/** Where a client connects: the issuer, and the server (or the balancer in front of several). */
export type OAuthTarget = Pick<OAuthDeployment, 'idp'> & { readonly server: { readonly url: string } };

/** A 2.x client that authenticates with its own client-credentials support. */
export async function clientCredentialsClient(
  deployment: OAuthTarget,
  who: TestClient,
  era: 'legacy' | 'modern',
): Promise<AuthedClient> {
  const authProvider = new ClientCredentialsProvider({
    clientId: who.id,
    clientSecret: who.secret,
    expectedIssuer: deployment.idp.issuer,
  });
  const client = new Client(
    { name: `oauth-e2e-${who.id}`, version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(deployment.server.url), { authProvider }));
  return {
    call: async (name, args) => {
      const r = await client.callTool({ name, arguments: args });
      return { isError: r.isError === true, data: r.structuredContent as Record<string, any> };
    },
    close: () => client.close(),
  };
}

export const dynamodb = (operation: string, payload: object, options?: object) => ({
  action: 'invoke',
  service: 'dynamodb',
  operation,
  payload,
  ...(options ? { options } : {}),
});

export const tableSpec = (name: string) => ({
  TableName: name,
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
});

// Approvals over Streamable HTTP hold as over stdio: a client that declared elicitation is asked on
// both transports and both eras (2.x client on 2025-11-25 and 2026-07-28, 1.x SDK client), and a
// confirmation token redeems only for the caller it was issued to, whatever the transport.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, type Emulator } from '../helpers/emulators.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectClient, type ClientKind, type TestClient } from '../helpers/mcp-clients.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

let dynamo: Emulator;
let env: Record<string, string>;
let server: HttpServerProcess;

beforeAll(async () => {
  requireBuild();
  dynamo = await startDynalite();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'http-approval-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: 1\nmode: standard\napproval:\n  require_for: [destructive]\n');
  env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint });
  server = await startHttpServer(env);
});

afterAll(async () => {
  server?.stop();
  await dynamo?.stop();
});

const invoke = (client: TestClient, operation: string, payload: object, options?: object) =>
  client.call('aws_execute', {
    action: 'invoke',
    service: 'dynamodb',
    operation,
    payload,
    ...(options ? { options } : {}),
  });

async function createTable(client: TestClient, name: string): Promise<void> {
  const r = await invoke(client, 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  expect(r.isError, JSON.stringify(r.data)).toBe(false);
}

async function tableNames(client: TestClient): Promise<string[]> {
  return (await invoke(client, 'ListTables', {})).data.result.TableNames;
}

const KINDS: ClientKind[] = ['v2-legacy', 'v2-modern', 'v1'];

describe.each(KINDS)('%s client that declared elicitation, over HTTP', (kind) => {
  it('is asked, once, and the call runs on approval', async () => {
    const client = await connectClient(kind, { http: server.url }, 'approve');
    const table = `asked-${kind}`;
    try {
      await createTable(client, table);
      const r = await invoke(client, 'DeleteTable', { TableName: table });
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      expect(r.data.metadata.approval).toBe('elicitation');
      expect(client.asked).toHaveLength(1);
      expect(client.asked[0]).toContain(table);
      expect(await tableNames(client)).not.toContain(table);
    } finally {
      await client.close();
    }
  });
});

describe('a confirmation token is bound to the caller it was issued to', () => {
  async function issue(client: TestClient, table: string): Promise<string> {
    await createTable(client, table);
    const r = await invoke(client, 'DeleteTable', { TableName: table });
    expect(r.data.error.code, JSON.stringify(r.data)).toBe('ConfirmationRequired');
    return r.data.error.details.confirmationToken;
  }

  async function refused(client: TestClient, table: string, token: string): Promise<void> {
    const r = await invoke(client, 'DeleteTable', { TableName: table }, { confirmationToken: token });
    expect(r.data.error?.code, JSON.stringify(r.data)).toBe('InvalidConfirmationToken');
    expect(r.data.error.message).toContain('another session');
  }

  it.each(['v1', 'v2-legacy'] as const)(
    'a %s HTTP session token: refused from another HTTP session, a sessionless HTTP caller and stdio',
    async (kind) => {
      const owner = await connectClient(kind, { http: server.url });
      const others = await Promise.all([
        connectClient('v1', { http: server.url }),
        connectClient('v2-legacy', { http: server.url }),
        connectClient('v2-modern', { http: server.url }),
        connectClient('v2-legacy', { stdioEnv: env }),
      ]);
      const table = `bound-${kind}`;
      try {
        const token = await issue(owner, table);
        for (const other of others) await refused(other, table, token);
        expect(await tableNames(owner)).toContain(table);
        const r = await invoke(owner, 'DeleteTable', { TableName: table }, { confirmationToken: token });
        expect(r.isError, JSON.stringify(r.data)).toBe(false);
        expect(await tableNames(owner)).not.toContain(table);
      } finally {
        await Promise.all([owner, ...others].map((c) => c.close()));
      }
    },
  );

  it('a stdio token is refused over HTTP; a sessionless (2026-07-28) HTTP token is refused by sessions and stdio', async () => {
    const stdio = await connectClient('v2-modern', { stdioEnv: env });
    const modern = await connectClient('v2-modern', { http: server.url });
    const session = await connectClient('v2-legacy', { http: server.url });
    const otherModern = await connectClient('v2-modern', { http: server.url });
    try {
      const stdioToken = await issue(stdio, 'bound-stdio');
      await refused(modern, 'bound-stdio', stdioToken);
      await refused(session, 'bound-stdio', stdioToken);

      const modernToken = await issue(modern, 'bound-modern');
      await refused(session, 'bound-modern', modernToken);
      await refused(stdio, 'bound-modern', modernToken);
      // The 2026-07-28 protocol has no sessions: without authentication, every sessionless HTTP
      // caller is the same (anonymous) caller, so this one can redeem it.
      const r = await invoke(
        otherModern,
        'DeleteTable',
        { TableName: 'bound-modern' },
        { confirmationToken: modernToken },
      );
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
    } finally {
      await Promise.all([stdio, modern, session, otherModern].map((c) => c.close()));
    }
  });
});

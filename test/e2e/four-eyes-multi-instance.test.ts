// Four eyes across a deployment of two `serve --http` instances sharing one real PostgreSQL behind
// a round-robin proxy (no sticky sessions), both authenticating against a real oidc-provider. The
// admin's DeleteTable waits on the instance that received it (A); the lead lists and approves it on
// the other one (B); the call on A is released and sent exactly once, signed with the admin's
// role (STS stand-in). A second decision on A is refused: 409 while the approval waits to be used,
// 404 once the call has consumed it (single use: the row is gone). The approval lives in the shared
// store, not in one process.

import { DynamoDBClient, CreateTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureServer } from '../helpers/capture.js';
import { startDynalite, type Emulator } from '../helpers/emulators.js';
import { startHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { clientCredentialsClient, dynamodb, tableSpec, type AuthedClient } from '../helpers/oauth-server.js';
import { MCP_SCOPE, startOidcProvider, type TestClient, type TestIssuer } from '../helpers/oidc.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { startRoundRobin, type RoundRobinProxy } from '../helpers/round-robin.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';
import { assumedKeys, startStsStandIn } from '../helpers/sts-stand-in.js';

const ADMIN_ROLE = 'arn:aws:iam::123456789012:role/mcp-admin';
const POLICY = `version: 1
mode: standard
identities_default: base
identities:
  - match: { groups: [platform-admins] }
    mode: standard
    role: ${ADMIN_ROLE}
    approval: { require_for: [destructive], mode: out-of-band, approvers: { groups: [platform-leads] } }
`;

let db: TestPostgres;
let idp: TestIssuer;
let dynalite: Emulator;
let sts: CaptureServer;
/** The balancer in front of the instances, and a recording proxy in front of dynalite. */
let balancer: RoundRobinProxy;
let toDynamo: RoundRobinProxy;
const instances: HttpServerProcess[] = [];
let env: Record<string, string>;
let admin: AuthedClient;

beforeAll(async () => {
  requireBuild();
  [db, idp, dynalite, sts, balancer] = await Promise.all([
    startPostgres(),
    startOidcProvider(),
    startDynalite(),
    startStsStandIn(),
    startRoundRobin(),
  ]);
  toDynamo = await startRoundRobin([dynalite.endpoint]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'four-eyes-instances-'));
  writeFileSync(path.join(dir, 'policy.yaml'), POLICY);
  // One approval key file for both (beside one AUDIT_DB_PATH), as a deployment would mount it.
  env = serverEnv({
    POLICY_PATH: path.join(dir, 'policy.yaml'),
    AUDIT_DB_PATH: path.join(dir, 'audit.db'),
    AWS_MCP_DATABASE_URL: await db.createDatabase('four_eyes'),
    AWS_MCP_AUTH_ISSUERS: idp.issuer,
    AWS_MCP_AUTH_REQUIRED_SCOPES: MCP_SCOPE,
    // The balancer's URL is the resource both instances serve (the tokens' audience).
    AWS_MCP_PUBLIC_URL: balancer.url,
    AWS_ENDPOINT_URL_DYNAMODB: new URL(toDynamo.url).origin,
    AWS_ENDPOINT_URL_STS: sts.url,
    AWS_MCP_APPROVAL_WAIT_SECONDS: '10',
  });
  instances.push(...(await Promise.all([startHttpServer(env), startHttpServer(env)])));
  balancer.targets = instances.map((i) => i.url);
  // As a balancer does: traffic only once each instance says it is ready (models and store open).
  await Promise.all(instances.map((i) => waitFor(() => ready(i.url))));
  admin = await clientCredentialsClient({ idp, server: { url: balancer.url } }, idp.clients.alice, 'modern');
});

afterAll(async () => {
  await admin?.close();
  for (const i of instances) i.stop();
  await Promise.all([balancer?.close(), toDynamo?.close(), sts?.close(), dynalite?.stop(), idp?.close()]);
  await db?.destroy();
});

const tokens = new Map<string, string>();

/** `GET /approvals` or `POST /approvals/<id>` on one instance (`base`), as a person. */
async function approvals(base: string, who: TestClient, id?: string, body?: unknown) {
  let token = tokens.get(who.id);
  if (!token) tokens.set(who.id, (token = await idp.clientCredentialsToken(who, balancer.url)));
  const r = await fetch(new URL(id ? `/approvals/${id}` : '/approvals', base), {
    method: id ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(id ? { body: JSON.stringify(body) } : {}),
  });
  return { status: r.status, body: (await r.json()) as Record<string, any> };
}

/** Waits until the lead sees the pending DeleteTable of `table` on `base`. */
async function pendingOn(base: string, table: string): Promise<Record<string, any>> {
  for (;;) {
    const listed = await approvals(base, idp.clients.lead);
    expect(listed.status).toBe(200);
    const found = (listed.body.approvals as Record<string, any>[]).find(
      (a) => a.operation === 'dynamodb:DeleteTable' && a.keyParameters.TableName === table,
    );
    if (found) return found;
    await sleep(100);
  }
}

const deleteTables = () =>
  toDynamo.forwarded.filter((f) => f.headers['x-amz-target'] === 'DynamoDB_20120810.DeleteTable');

async function auditRows(): Promise<{ status: string; role_arn: string; approval: Record<string, any> }[]> {
  const audit = new pg.Client({ connectionString: env.AWS_MCP_DATABASE_URL });
  await audit.connect();
  try {
    const { rows } = await audit.query(
      "SELECT status, role_arn, approval FROM audit_tx WHERE operation = 'DeleteTable'",
    );
    return rows.map((r) => ({
      ...r,
      approval: typeof r.approval === 'string' ? JSON.parse(r.approval) : r.approval,
    }));
  } finally {
    await audit.end();
  }
}

let dynamo: DynamoDBClient;
beforeAll(() => {
  dynamo = new DynamoDBClient({
    endpoint: dynalite.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
  });
});
afterAll(() => dynamo?.destroy());

async function tableNames(): Promise<string[]> {
  return (await dynamo.send(new ListTablesCommand({}))).TableNames ?? [];
}

/** The other instance than `url`. */
const otherThan = (url: string) => instances.map((i) => i.url).find((u) => u !== url)!;

describe('four eyes across two instances on one PostgreSQL', () => {
  it('the call waits on A, the lead approves on B, A runs it once; a decision on A after is refused', async () => {
    const table = 'shared-doomed';
    await dynamo.send(new CreateTableCommand(tableSpec(table) as never));
    const before = balancer.forwarded.length;
    const call = admin.call('aws_execute', dynamodb('DeleteTable', { TableName: table }));
    // A: the instance the balancer gave the tools/call to; B: the other one.
    const a = (await waitFor(() => balancer.forwarded.slice(before).find((f) => f.method === 'POST'))).target;
    const b = otherThan(a);
    const seen = await pendingOn(b, table);
    expect(seen).toMatchObject({ requester: 'alice-cli', risk: 'destructive' });
    expect(deleteTables()).toHaveLength(0);
    const approved = await approvals(b, idp.clients.lead, seen.id, { decision: 'approve' });
    expect(approved).toMatchObject({ status: 200, body: { id: seen.id, decision: 'approved' } });

    const ran = await call;
    expect(ran.isError, JSON.stringify(ran.data)).toBe(false);
    expect(await tableNames()).not.toContain(table);
    // The call consumed the approval (single use): another decision finds nothing to decide.
    const again = await approvals(a, idp.clients.lead, seen.id, { decision: 'approve' });
    expect(again).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } });
    expect(again.body.error.message).toContain('already used');
    // Sent exactly once, under the admin's role.
    expect(deleteTables().map((f) => String(f.headers.authorization))).toEqual([
      expect.stringContaining(`Credential=${assumedKeys(ADMIN_ROLE).accessKeyId}/`),
    ]);
    const rows = await auditRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'succeeded',
      role_arn: ADMIN_ROLE,
      approval: { approvedVia: 'http' },
    });
    expect(rows[0]!.approval.requestedBy).toMatch(/#alice-cli$/);
    expect(rows[0]!.approval.approvedBy).toMatch(/#lead-cli$/);
  });

  it('approved on B while unused: a second decision on A is 409; the token then runs once', async () => {
    const table = 'shared-later';
    await dynamo.send(new CreateTableCommand(tableSpec(table) as never));
    const asked = await admin.call('aws_execute', dynamodb('DeleteTable', { TableName: table }));
    expect(asked.data.error?.code, JSON.stringify(asked.data)).toBe('ConfirmationRequired');
    const { confirmationToken, approvalId } = asked.data.error.details as Record<string, string>;
    const [a, b] = instances.map((i) => i.url) as [string, string];
    expect((await approvals(b, idp.clients.lead, approvalId, { decision: 'approve' })).status).toBe(200);
    const again = await approvals(a, idp.clients.lead, approvalId, { decision: 'deny' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'AlreadyDecided' } } });
    expect(deleteTables()).toHaveLength(1);
    const ran = await admin.call(
      'aws_execute',
      dynamodb('DeleteTable', { TableName: table }, { confirmationToken }),
    );
    expect(ran.isError, JSON.stringify(ran.data)).toBe(false);
    expect(await tableNames()).not.toContain(table);
    expect(deleteTables()).toHaveLength(2);
  });
});

async function ready(url: string): Promise<true | undefined> {
  return (await fetch(new URL('/readyz', url))).status === 200 ? true : undefined;
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    await sleep(20);
  }
}

// Two people, four eyes: the built server as a team deploys it (`serve --http` behind a real
// oidc-provider), DynamoDB on dynalite and S3 on s3rver, and a policy whose `identities:` are the
// issue's example as written, roles included: STS is a stand-in (sts-stand-in.ts) and a recording
// proxy in front of each emulator shows which role's keys signed each request. Platform leads fall
// to the base policy (`identities_default: base`). Each person is an MCP client with their own
// client-credentials token. A
// developer's DeleteObject and a reader's write are refused; an admin's DeleteTable waits until
// a platform lead approves it over `POST /approvals/<id>` (the admin cannot, nor can a developer),
// then runs; a lead's denial refuses it with nothing sent; the audit names who asked, who decided
// and how.

import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3rver, type Emulator } from '../helpers/emulators.js';
import {
  clientCredentialsClient,
  dynamodb,
  startOAuthDeployment,
  tableSpec,
  type AuthedClient,
  type OAuthDeployment,
} from '../helpers/oauth-server.js';
import type { CaptureServer } from '../helpers/capture.js';
import type { TestClient } from '../helpers/oidc.js';
import { startRoundRobin, type Forwarded, type RoundRobinProxy } from '../helpers/round-robin.js';
import { requireBuild } from '../helpers/server-env.js';
import { assumedKeys, roleAsked, startStsStandIn } from '../helpers/sts-stand-in.js';

const ADMIN_ROLE = 'arn:aws:iam::123456789012:role/mcp-admin';
const DEVELOPER_ROLE = 'arn:aws:iam::123456789012:role/mcp-developer';
const POLICY = `version: 1
mode: standard
approval:
  require_for: [destructive]
identities_default: base
identities:
  - match: { groups: [platform-admins] }
    mode: standard
    role: ${ADMIN_ROLE}
    approval: { require_for: [destructive], mode: out-of-band, approvers: { groups: [platform-leads] } }
  - match: { groups: [developers] }
    mode: standard
    services: { allowlist: [s3, dynamodb, logs, lambda] }
    rules: { deny: ['^.*:Delete.*'] }
    role: ${DEVELOPER_ROLE}
  - match: { groups: [readers] }
    mode: read-only
`;

let d: OAuthDeployment;
let s3: Emulator;
let sts: CaptureServer;
/** Recording proxies in front of dynalite and s3rver. */
let toDynamo: RoundRobinProxy;
let toS3: RoundRobinProxy;
let admin: AuthedClient;
let developer: AuthedClient;
let reader: AuthedClient;
let lead: AuthedClient;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  requireBuild();
  s3 = await startS3rver([assumedKeys(DEVELOPER_ROLE).accessKeyId]);
  [sts, toDynamo, toS3] = await Promise.all([
    startStsStandIn(),
    startRoundRobin(),
    startRoundRobin([s3.endpoint]),
  ]);
  d = await startOAuthDeployment({
    policy: POLICY,
    env: {
      AWS_ENDPOINT_URL_S3: new URL(toS3.url).origin,
      AWS_ENDPOINT_URL_DYNAMODB: new URL(toDynamo.url).origin,
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      // Long enough for the test to approve while the call waits; one test lets it run out.
      AWS_MCP_APPROVAL_WAIT_SECONDS: '15',
    },
  });
  toDynamo.targets = [d.dynamo.endpoint];
  const { alice, bob, reader: carol, lead: dave } = d.idp.clients;
  const connect = (who: TestClient) => clientCredentialsClient(d, who, 'modern');
  [admin, developer, reader, lead] = await Promise.all([
    connect(alice),
    connect(bob),
    connect(carol),
    connect(dave),
  ]);
  dynamo = new DynamoDBClient({
    endpoint: d.dynamo.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});

afterAll(async () => {
  await Promise.all([admin, developer, reader, lead].map((c) => c?.close()));
  dynamo?.destroy();
  await d?.stop();
  await Promise.all([s3?.stop(), sts?.close(), toDynamo?.close(), toS3?.close()]);
});

const tokens = new Map<string, string>();

/** `GET /approvals` or `POST /approvals/<id>` as a person (their own bearer token), or with none. */
async function approvals(who: TestClient | undefined, id?: string, body?: unknown) {
  let token = who ? tokens.get(who.id) : undefined;
  if (who && !token) tokens.set(who.id, (token = await d.idp.clientCredentialsToken(who, d.server.url)));
  const r = await fetch(new URL(id ? `/approvals/${id}` : '/approvals', d.server.url), {
    method: id ? 'POST' : 'GET',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    ...(id ? { body: JSON.stringify(body) } : {}),
  });
  return { status: r.status, body: (await r.json()) as Record<string, any> };
}

/** Waits until the lead sees the pending DeleteTable of `table`; returns what they see. */
async function pendingFor(table: string): Promise<Record<string, any>> {
  for (;;) {
    const listed = await approvals(d.idp.clients.lead);
    expect(listed.status).toBe(200);
    const found = (listed.body.approvals as Record<string, any>[]).find(
      (a) => a.operation === 'dynamodb:DeleteTable' && a.keyParameters.TableName === table,
    );
    if (found) return found;
    await sleep(100);
  }
}

async function tableNames(): Promise<string[]> {
  return (await dynamo.send(new ListTablesCommand({}))).TableNames ?? [];
}

interface AuditRow {
  status: string;
  approval: Record<string, unknown> | null;
  role_arn: string | null;
  principal: string;
}

function auditOf(table: string): AuditRow[] {
  const db = new Database(d.env.AUDIT_DB_PATH!, { readonly: true });
  try {
    return db
      .prepare<[string], AuditRow & { approval: string | null }>(
        `SELECT status, approval, role_arn, principal FROM audit_tx
         WHERE operation = 'DeleteTable' AND request LIKE ? ORDER BY started_ms`,
      )
      .all(`%"${table}"%`)
      .map((r) => ({ ...r, approval: r.approval ? JSON.parse(r.approval) : null }));
  } finally {
    db.close();
  }
}

/** The access key id that signed a forwarded request (its Authorization header's Credential). */
const signedWith = (f: Forwarded): string =>
  /Credential=([^/]+)\//.exec(String(f.headers.authorization))?.[1] ?? 'unsigned';

const deleteTables = () =>
  toDynamo.forwarded.filter((f) => f.headers['x-amz-target'] === 'DynamoDB_20120810.DeleteTable');

const s3call = (operation: string, payload: object) => ({
  action: 'invoke',
  service: 's3',
  operation,
  payload,
});

describe('each person gets their own policy', () => {
  it("a developer's DeleteObject and a reader's write are refused; the bucket keeps its one object", async () => {
    const Bucket = 'team-bucket';
    expect((await developer.call('aws_execute', s3call('CreateBucket', { Bucket }))).isError).toBe(false);
    const put = await developer.call(
      'aws_execute',
      s3call('PutObject', { Bucket, Key: 'a.txt', Body: { text: 'hi' } }),
    );
    expect(put.isError, JSON.stringify(put.data)).toBe(false);
    const del = await developer.call('aws_execute', s3call('DeleteObject', { Bucket, Key: 'a.txt' }));
    expect(del.data.error?.code, JSON.stringify(del.data)).toBe('PolicyDenied');
    const write = await reader.call(
      'aws_execute',
      s3call('PutObject', { Bucket, Key: 'b.txt', Body: { text: 'no' } }),
    );
    expect(write.data.error?.code, JSON.stringify(write.data)).toBe('PolicyDenied');
    const listed = await reader.call('aws_execute', s3call('ListObjectsV2', { Bucket }));
    expect(listed.isError, JSON.stringify(listed.data)).toBe(false);
    expect((listed.data.result.Contents as { Key: string }[]).map((o) => o.Key)).toEqual(['a.txt']);
    // The developer's writes went out under mcp-developer; the reader (no role) used the server's key.
    const developerKey = assumedKeys(DEVELOPER_ROLE).accessKeyId;
    const sent = toS3.forwarded.map((f) => [f.method, f.url.split('?')[0], signedWith(f)]);
    expect(sent).toEqual([
      ['PUT', `/${Bucket}/`, developerKey],
      ['PUT', `/${Bucket}/a.txt`, developerKey],
      ['GET', `/${Bucket}/`, 'S3RVER'],
    ]);
    expect(sts.requests.map(roleAsked)).toContain(DEVELOPER_ROLE);
  });
});

describe('four eyes over HTTP', () => {
  it("the admin's DeleteTable waits for a lead: not the admin, not a developer; the lead approves once and it runs", async () => {
    const table = 'doomed';
    expect((await admin.call('aws_execute', dynamodb('CreateTable', tableSpec(table)))).isError).toBe(false);
    const call = admin.call('aws_execute', dynamodb('DeleteTable', { TableName: table }));
    const seen = await pendingFor(table);
    expect(seen).toMatchObject({ requester: 'alice-cli', risk: 'destructive', region: 'us-east-1' });
    expect(seen.summary).toContain('alice-cli asks to run dynamodb:DeleteTable');
    expect(JSON.stringify(seen)).not.toMatch(/ct_|secret|token/i);
    expect((await approvals(d.idp.clients.alice)).body.approvals).toEqual([]);

    const own = await approvals(d.idp.clients.alice, seen.id, { decision: 'approve' });
    expect(own).toMatchObject({ status: 403, body: { error: { code: 'OwnRequest' } } });
    const notApprover = await approvals(d.idp.clients.bob, seen.id, { decision: 'approve' });
    expect(notApprover).toMatchObject({ status: 403, body: { error: { code: 'NotAnApprover' } } });
    expect((await approvals(undefined, seen.id, { decision: 'approve' })).status).toBe(401);
    const bad = await approvals(d.idp.clients.lead, seen.id, { decision: 'maybe' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'InvalidRequest' } } });
    expect(await tableNames()).toContain(table);

    const approved = await approvals(d.idp.clients.lead, seen.id, { decision: 'approve' });
    expect(approved).toMatchObject({ status: 200, body: { id: seen.id, decision: 'approved' } });
    expect(approved.body.decidedBy).toMatch(/#lead-cli$/);

    const ran = await call;
    expect(ran.isError, JSON.stringify(ran.data)).toBe(false);
    expect(await tableNames()).not.toContain(table);
    // Sent once, signed with the keys STS gave for mcp-admin (not the server's own).
    const adminKeys = assumedKeys(ADMIN_ROLE);
    expect(deleteTables().map(signedWith)).toEqual([adminKeys.accessKeyId]);
    expect(deleteTables()[0]!.headers['x-amz-security-token']).toBe(adminKeys.sessionToken);
    expect(sts.requests.map(roleAsked)).toContain(ADMIN_ROLE);
    const [row] = auditOf(table);
    expect(row).toMatchObject({
      status: 'succeeded',
      role_arn: ADMIN_ROLE,
      approval: { method: 'out-of-band', approvedVia: 'http' },
    });
    expect(row!.principal).toMatch(/#alice-cli$/);
    expect(row!.approval!.requestedBy).toMatch(/#alice-cli$/);
    expect(row!.approval!.approvedBy).toMatch(/#lead-cli$/);
    const used = await approvals(d.idp.clients.lead, seen.id, { decision: 'deny' });
    expect(used).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } });
    expect(used.body.error.message).toContain('already used');
    expect((await approvals(d.idp.clients.lead, 'apr_000000000000', { decision: 'approve' })).status).toBe(
      404,
    );
  });

  it("a lead's denial refuses the admin's call with who denied it, and nothing is sent", async () => {
    const table = 'kept';
    expect((await admin.call('aws_execute', dynamodb('CreateTable', tableSpec(table)))).isError).toBe(false);
    const call = admin.call('aws_execute', dynamodb('DeleteTable', { TableName: table }));
    const seen = await pendingFor(table);
    const denied = await approvals(d.idp.clients.lead, seen.id, { decision: 'deny' });
    expect(denied).toMatchObject({ status: 200, body: { decision: 'denied' } });
    const refused = await call;
    expect(refused.data.error, JSON.stringify(refused.data)).toMatchObject({
      code: 'ApprovalDeclined',
      details: { approval: { approvalId: seen.id, deniedVia: 'http' } },
    });
    expect(refused.data.error.details.approval.deniedBy).toMatch(/#lead-cli$/);
    expect(await tableNames()).toContain(table);
    const [row] = auditOf(table);
    expect(row).toMatchObject({ status: 'declined', approval: { approvalId: seen.id, deniedVia: 'http' } });
    expect(row!.approval!.requestedBy).toMatch(/#alice-cli$/);
  });

  it("no decision in time: the admin gets a token nobody else can use; once a lead approves, the admin's token runs it", async () => {
    const table = 'later';
    expect((await admin.call('aws_execute', dynamodb('CreateTable', tableSpec(table)))).isError).toBe(false);
    const asked = await admin.call('aws_execute', dynamodb('DeleteTable', { TableName: table }));
    expect(asked.data.error, JSON.stringify(asked.data)).toMatchObject({
      code: 'ConfirmationRequired',
      details: { approvalMode: 'out-of-band', approvers: ['platform-leads'] },
    });
    const { confirmationToken, approvalId } = asked.data.error.details as Record<string, string>;
    expect(asked.data.error.hint).toContain(`POST /approvals/${approvalId}`);
    const withToken = dynamodb('DeleteTable', { TableName: table }, { confirmationToken });
    const stolen = await lead.call('aws_execute', withToken);
    expect(stolen.data.error?.code, JSON.stringify(stolen.data)).toBe('InvalidConfirmationToken');
    expect(await tableNames()).toContain(table);
    expect((await approvals(d.idp.clients.lead, approvalId, { decision: 'approve' })).status).toBe(200);
    // Decided but not yet used (nothing waits to redeem it): a second decision is 409.
    const again = await approvals(d.idp.clients.lead, approvalId, { decision: 'deny' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'AlreadyDecided' } } });
    const ran = await admin.call('aws_execute', withToken);
    expect(ran.isError, JSON.stringify(ran.data)).toBe(false);
    expect(await tableNames()).not.toContain(table);
  });
});

// The audit store over a real SQLite file: what a call's record holds, ops numbering, queries, and
// failing closed when the database cannot be written.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { defaultAuditDbPath, openAuditDatabase } from '../../../src/audit/database.js';
import { ToolError } from '../../../src/errors/tool-error.js';
import { REDACTED } from '../../../src/redaction/redact.js';
import { operationOf } from '../../helpers/models.js';

let dir: string;
let db: Database;
let clock: number;
let store: AuditStore;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'audit-'));
  db = openAuditDatabase(path.join(dir, 'audit.db'));
  clock = Date.parse('2026-02-01T10:00:00Z');
  store = new AuditStore(db, { now: () => clock });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const start = {
  tool: 'aws_execute',
  action: 'invoke',
  sessionId: 's-1',
  service: 'secretsmanager',
  operation: 'CreateSecret',
  region: 'eu-west-1',
  modelCommit: 'abc123',
  policyHash: 'f'.repeat(64),
  risk: 'write',
  decision: { effect: 'confirm', rule: 'approval.require_for', reason: 'write needs approval' },
  approval: { method: 'elicitation', approvedAt: '2026-02-01T10:00:00.000Z' },
  request: { Name: 'db-pass', SecretString: 'hunter2', Tags: [{ Key: 'team', Value: 'x' }] },
};

function thrown(fn: () => unknown): ToolError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ToolError);
    return e as ToolError;
  }
  throw new Error('expected a ToolError');
}

describe('AuditStore', () => {
  it('records a call: ids, decision, approval, ops, status, request id, redacted request and response', () => {
    const txId = store.begin(start);
    clock += 5;
    const op1 = store.op(txId, { kind: 'call', attempt: 1, httpStatus: 500, errorCode: 'InternalFailure' });
    const op2 = store.op(txId, {
      kind: 'retry',
      attempt: 2,
      httpStatus: 200,
      awsRequestId: 'req-2',
      durationMs: 12.5,
    });
    clock += 20;
    store.complete(txId, {
      status: 'succeeded',
      account: '111122223333',
      awsRequestId: 'req-2',
      httpStatus: 200,
      response: { ARN: 'arn:x', Name: 'db-pass', VersionId: 'v1' },
    });
    const e = store.get(txId)!;
    expect(e).toMatchObject({
      txId,
      startedAt: '2026-02-01T10:00:00.000Z',
      completedAt: '2026-02-01T10:00:00.025Z',
      durationMs: 25,
      service: 'secretsmanager',
      operation: 'CreateSecret',
      region: 'eu-west-1',
      account: '111122223333',
      modelCommit: 'abc123',
      policyHash: 'f'.repeat(64),
      risk: 'write',
      decision: start.decision,
      approval: start.approval,
      status: 'succeeded',
      awsRequestId: 'req-2',
      request: { Name: 'db-pass', SecretString: REDACTED, Tags: [{ Key: 'team', Value: 'x' }] },
      response: { ARN: 'arn:x', Name: 'db-pass', VersionId: 'v1' },
    });
    expect(e.ops.map((o) => [o.opId, o.seq, o.kind])).toEqual([
      [op1, 1, 'call'],
      [op2, 2, 'retry'],
    ]);
    expect(new Set([txId, op1, op2]).size).toBe(3);
  });

  it('applies the model given by the caller to request and response', () => {
    const { model, op } = operationOf('cognito-identity-provider', 'AdminGetUser');
    const { model: iam, op: createKey } = operationOf('iam', 'CreateAccessKey');
    const txId = store.begin({
      ...start,
      request: { UserPoolId: 'p', Username: 'alice' },
      redaction: { model, shapeId: model.inputOf(op) },
    });
    store.complete(txId, {
      status: 'succeeded',
      response: { AccessKey: { AccessKeyId: 'AKIA', SecretAccessKey: 'wJalr' } },
      redaction: { model: iam, shapeId: iam.outputOf(createKey) },
    });
    expect(store.get(txId)).toMatchObject({
      request: { UserPoolId: 'p', Username: REDACTED },
      response: { AccessKey: { AccessKeyId: 'AKIA', SecretAccessKey: REDACTED } },
    });
  });

  it('a transaction completes once', () => {
    const txId = store.begin(start);
    store.complete(txId, { status: 'failed', errorCode: 'AccessDenied' });
    expect(thrown(() => store.complete(txId, { status: 'succeeded' })).code).toBe('AuditUnavailable');
  });

  it('lists by time and by tx id, oldest first, with a limit keeping the newest', () => {
    const ids = [0, 1, 2].map((i) => {
      clock = Date.parse('2026-02-01T10:00:00Z') + i * 60_000;
      return store.begin({ ...start, operation: `Op${i}` });
    });
    expect(store.list().map((e) => e.txId)).toEqual(ids);
    expect(store.list({ since: new Date('2026-02-01T10:01:00Z') }).map((e) => e.txId)).toEqual(ids.slice(1));
    expect(store.list({ txId: ids[1] }).map((e) => e.operation)).toEqual(['Op1']);
    expect(store.list({ limit: 2 }).map((e) => e.txId)).toEqual(ids.slice(1));
  });
});

describe('fails closed', () => {
  it('when the connection cannot write, begin throws AuditUnavailable and nothing is recorded', () => {
    const txId = store.begin(start);
    db.pragma('query_only = ON');
    const e = thrown(() => store.begin(start));
    expect(e.code).toBe('AuditUnavailable');
    expect(e.message).not.toContain(dir);
    expect(thrown(() => store.complete(txId, { status: 'succeeded' })).code).toBe('AuditUnavailable');
    db.pragma('query_only = OFF');
    expect(store.list().map((x) => x.status)).toEqual(['started']);
  });

  it('when the database cannot be created (its directory is not writable)', () => {
    // Root ignores permission bits, so use a path below a regular file: no one can create that.
    const blocker = path.join(dir, 'not-a-dir');
    writeFileSync(blocker, '');
    const e = thrown(() => openAuditDatabase(path.join(blocker, 'audit.db')));
    expect(e.code).toBe('AuditUnavailable');
    expect(e.message).not.toContain(blocker);
  });

  it('a read-only connection cannot be used to record calls', () => {
    const ro = openAuditDatabase(path.join(dir, 'audit.db'), { readonly: true });
    try {
      expect(thrown(() => new AuditStore(ro).begin(start)).code).toBe('AuditUnavailable');
    } finally {
      ro.close();
    }
  });
});

it('defaultAuditDbPath: per-user data dir on each platform', () => {
  expect(defaultAuditDbPath({ XDG_DATA_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/aws-tool-mcp/audit.db');
  expect(defaultAuditDbPath({}, 'linux', '/home/u')).toBe('/home/u/.local/share/aws-tool-mcp/audit.db');
  expect(defaultAuditDbPath({}, 'darwin', '/Users/u')).toBe(
    '/Users/u/Library/Application Support/aws-tool-mcp/audit.db',
  );
});

describe('the User-Agent of a call (how to find it in CloudTrail)', () => {
  it('is kept with the record, and a trail written before the column existed gains it in place', () => {
    const ua = 'aws-tool-mcp/0.1.0 ua/2.1 lang/js md/tx_id#x';
    const old = openAuditDatabase(path.join(dir, 'v1.db'));
    new AuditStore(old);
    // Back to the first schema, as a trail written by an earlier version has it.
    old.exec('ALTER TABLE audit_tx DROP COLUMN user_agent');
    old.exec('ALTER TABLE audit_op DROP COLUMN operation');
    old.exec('ALTER TABLE audit_tx DROP COLUMN parent_tx_id');
    old.exec('DROP INDEX audit_tx_principal_started'); // v8's, on the column v4 added
    old.exec('ALTER TABLE audit_tx DROP COLUMN principal');
    old.exec('ALTER TABLE audit_tx DROP COLUMN client_id');
    old.exec('ALTER TABLE audit_tx DROP COLUMN role_arn');
    old.pragma('user_version = 1');
    const reopened = new AuditStore(old);
    const roleArn = 'arn:aws:iam::123456789012:role/mcp-developer';
    const txId = reopened.begin({ ...start, principal: 'local:alice', clientId: 'claude-desktop', roleArn });
    reopened.complete(txId, { status: 'succeeded', userAgent: ua });
    expect(reopened.get(txId)?.userAgent).toBe(ua);
    expect(reopened.get(txId)?.principal).toBe('local:alice');
    expect(reopened.get(txId)?.clientId).toBe('claude-desktop');
    expect(reopened.get(txId)?.roleArn).toBe(roleArn);
    expect(old.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    old.close();
  });
});

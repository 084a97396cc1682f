// Secrets that come back: AWS may repeat a payload secret in its error message (an AWS-style error
// body from a local capture endpoint does it here, for mq CreateUser over rest-json and sns
// VerifySMSSandboxPhoneNumber over the query protocol). The secret reaches the endpoint and
// nothing else: not the tool result, the audit database (db, -wal, -shm) or the logs. And the
// approval binding holds no guessable hash of it: the stored payload_hash is an HMAC under the
// key file beside the database, not the plain sha256, and a token issued before a restart still
// redeems after it (2026-07-28 over HTTP, where a token is bound to the principal, not a session).

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/approval/canonical-json.js';
import {
  startCaptureServer,
  type CannedResponse,
  type CaptureServer,
  type CapturedRequest,
} from '../helpers/capture.js';
import { startHttpServer } from '../helpers/http-server.js';
import { connect, filesOf, leaks } from '../helpers/secret-scan.js';
import { requireBuild, serverEnv } from '../helpers/server-env.js';

let secret = '';
/** An AWS error that quotes the secret, in the protocol of the request. */
function echoError(req: CapturedRequest): CannedResponse {
  if ((req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
    const body = `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: OneTimePassword ${secret} is not valid</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`;
    return { status: 400, headers: { 'content-type': 'text/xml' }, body };
  }
  const body = JSON.stringify({
    message: `Password '${secret}' does not meet the password requirements.`,
    errorAttribute: `password=${secret}`,
  });
  return {
    status: 400,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'BadRequestException' },
    body,
  };
}

const CASES = [
  {
    service: 'mq',
    operation: 'CreateUser',
    payload: (s: string) => ({ BrokerId: 'b-1', Username: 'u', Password: s }),
    secret: () => `s3cr3t-${randomBytes(12).toString('hex')}`,
  },
  {
    service: 'sns',
    operation: 'VerifySMSSandboxPhoneNumber',
    payload: (s: string) => ({ PhoneNumber: '+15550100', OneTimePassword: s }),
    secret: () => String(10_000_000 + (randomBytes(4).readUInt32BE() % 90_000_000)),
  },
] as const;

let capture: CaptureServer;
let policy: string;
beforeAll(async () => {
  requireBuild();
  capture = await startCaptureServer(echoError);
  policy = path.join(mkdtempSync(path.join(os.tmpdir(), 'echo-e2e-')), 'policy.yaml');
  writeFileSync(
    policy,
    'version: 1\nmode: standard\napproval:\n  require_for: [destructive, write]\n  mode: token\n',
  );
});
afterAll(() => capture.close());

/** The stored payload_hash of the one pending approval, and what a plain sha256 and the HMAC give. */
function storedHash(dbPath: string, payload: unknown) {
  const db = new Database(dbPath, { readonly: true });
  try {
    const stored = db.prepare('SELECT payload_hash FROM approvals').pluck().all() as string[];
    const key = Buffer.from(readFileSync(`${dbPath}.approval-key`, 'utf8').trim(), 'hex');
    return {
      stored,
      plain: createHash('sha256').update(canonicalJson(payload)).digest('hex'),
      keyed: createHmac('sha256', key).update(canonicalJson(payload)).digest('hex'),
    };
  } finally {
    db.close();
  }
}

describe.each(['v2-legacy', 'v2-modern', 'v1'] as const)('over the %s client (stdio)', (kind) => {
  it.each(CASES)('$service $operation: a secret echoed by AWS is hidden everywhere', async (c) => {
    secret = c.secret();
    const env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: capture.url, LOG_LEVEL: 'debug' });
    const { call, close, stderr } = await connect(kind, env);
    const base = { service: c.service, operation: c.operation, payload: c.payload(secret) };
    const results: unknown[] = [];
    const places: Record<string, Buffer | string> = {};
    try {
      const first = await call('aws_execute', { action: 'invoke', ...base });
      results.push(first.data);
      const token = first.data.structured.error.details.confirmationToken;
      const hashes = storedHash(env.AUDIT_DB_PATH!, base.payload);
      expect(hashes.stored).toEqual([hashes.keyed]);
      expect(hashes.stored).not.toContain(hashes.plain);

      const second = await call('aws_execute', {
        action: 'invoke',
        ...base,
        options: { confirmationToken: token },
      });
      results.push(second.data);
      const error = second.data.structured.error;
      expect(error.code, JSON.stringify(second.data)).toBe('AwsError');
      expect(error.message).toContain('<redacted>');
      for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`open ${path.basename(f)}`] = readFileSync(f);
    } finally {
      await close();
    }
    // The check works: the secret went to the endpoint, which echoed it back.
    expect(leaks(secret, { endpoint: Buffer.concat(capture.take().map((r) => r.body)) })).toEqual([
      'endpoint',
    ]);
    places['tool results'] = JSON.stringify(results);
    places.logs = stderr();
    for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`closed ${path.basename(f)}`] = readFileSync(f);
    expect(leaks(secret, places)).toEqual([]);
  });
});

describe('a confirmation token across a restart', () => {
  it('issued by one server process redeems in the next (2026-07-28 over HTTP); the hash is keyed', async () => {
    const c = CASES[1];
    secret = c.secret();
    const env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: capture.url });
    const base = { service: c.service, operation: c.operation, payload: c.payload(secret) };
    const invoke = async (options?: object) => {
      const server = await startHttpServer(env);
      const client = new Client(
        { name: 'restart-e2e', version: '1.0.0' },
        { versionNegotiation: { mode: { pin: '2026-07-28' } } },
      );
      await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
      try {
        const r = await client.callTool({
          name: 'aws_execute',
          arguments: { action: 'invoke', ...base, ...(options ? { options } : {}) },
        });
        return r.structuredContent as Record<string, any>;
      } finally {
        await client.close();
        server.stop();
        await new Promise((resolve) => server.child.once('exit', resolve));
      }
    };
    const first = await invoke();
    expect(first.error.code).toBe('ConfirmationRequired');
    const hashes = storedHash(env.AUDIT_DB_PATH!, base.payload);
    expect(hashes.stored).toEqual([hashes.keyed]);
    expect(hashes.stored).not.toContain(hashes.plain);

    const second = await invoke({ confirmationToken: first.error.details.confirmationToken });
    // Redeemed: the call ran and reached AWS (which answered with its error).
    expect(second.error.code, JSON.stringify(second)).toBe('AwsError');
    expect(capture.take()).toHaveLength(1);
  });
});

// Issue 12's four eyes, as the secrets sweep sees it: a call whose policy names `approvers` is
// stored as a pending request with who asked and who may decide (the `four_eyes` column) while it
// waits for a person. A secret in its payload (mq CreateUser Password, which the model does not mark
// sensitive) must reach the AWS endpoint (a local capture server) and nothing else: not the
// ConfirmationRequired answer, not the pending request or the audit rows (database, -wal, -shm),
// not the logs, while it waits, after a terminal approves it and after the approved call has run.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { connect, emptySuccess, filesOf, leaks, randomSecret } from '../helpers/secret-scan.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let capture: CaptureServer;
let policy: string;

beforeAll(async () => {
  requireBuild();
  capture = await startCaptureServer(emptySuccess);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'four-eyes-secrets-'));
  policy = path.join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    [
      'version: 1',
      'mode: standard',
      'approval:',
      '  require_for: [destructive, write]',
      '  mode: out-of-band',
      '  approvers: { groups: [platform-leads] }',
      '',
    ].join('\n'),
  );
});

afterAll(() => capture.close());

it('a four-eyes request keeps no secret while it waits, once approved, or after it ran', async () => {
  const secret = randomSecret();
  // No wait: the call answers ConfirmationRequired at once and its request stays pending.
  const env = serverEnv({
    POLICY_PATH: policy,
    AWS_ENDPOINT_URL: capture.url,
    AWS_MCP_APPROVAL_WAIT_SECONDS: '0',
    LOG_LEVEL: 'debug',
  });
  const { call, close, stderr } = await connect('v2-legacy', env);
  const results: unknown[] = [];
  const places: Record<string, Buffer | string> = {};
  try {
    const base = {
      service: 'mq',
      operation: 'CreateUser',
      payload: { BrokerId: 'b-four-eyes', Username: 'u', Password: secret },
    };
    const first = await call('aws_execute', { action: 'invoke', ...base });
    results.push(first.data);
    const error = first.data.structured.error;
    expect(error.code, JSON.stringify(first.data)).toBe('ConfirmationRequired');
    expect(error.hint).toContain('platform-leads');
    const { approvalId, confirmationToken } = error.details;
    for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`waiting ${path.basename(f)}`] = readFileSync(f);

    const approved = await promisify(execFile)(process.execPath, [BIN, 'approve', approvalId], { env });
    expect(approved.stdout).toContain(`Approved ${approvalId}`);
    for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`approved ${path.basename(f)}`] = readFileSync(f);

    const done = await call('aws_execute', { action: 'invoke', ...base, options: { confirmationToken } });
    results.push(done.data);
    expect(done.isError, JSON.stringify(done.data)).toBe(false);
  } finally {
    await close();
  }
  // The check works: the secret was really in the flow, and went where it must.
  expect(leaks(secret, { endpoint: Buffer.concat(capture.take().map((r) => r.body)) })).toEqual(['endpoint']);
  places['tool results'] = JSON.stringify(results);
  places.logs = stderr();
  for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`closed ${path.basename(f)}`] = readFileSync(f);
  expect(Object.keys(places)).toEqual(expect.arrayContaining(['waiting audit.db-wal', 'closed audit.db']));
  expect(leaks(secret, places)).toEqual([]);
});

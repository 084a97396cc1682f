// The op rows of one call over the async audit port: written in request order, and a write that
// fails stops the call at its next request (the promise the call waits on rejects) and is
// reported by `written`, never lost as an unhandled rejection.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { localPrincipal } from '../../../src/identity/principal.js';
import { openState } from '../../../src/state/open-state.js';
import type { StateStore } from '../../../src/state/ports.js';
import { callContextOf } from '../../../src/tools/execute/call-context.js';
import { CallRecord } from '../../../src/tools/execute/call-record.js';
import type { ToolServices } from '../../../src/tools/services.js';

let dir: string;
let state: StateStore;
afterEach(async () => {
  await state?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setup() {
  dir = mkdtempSync(path.join(os.tmpdir(), 'call-ops-'));
  const file = path.join(dir, 'audit.db');
  state = await openState({ auditDbPath: file });
  const services = { audit: state.audit, policy: { hash: 'test' } } as unknown as ToolServices;
  const ctx = callContextOf({
    principal: localPrincipal(),
    signal: new AbortController().signal,
    progress: async () => undefined,
    approval: {},
  });
  const subject = { service: 'dynamodb', operation: 'Scan', region: 'us-east-1', modelCommit: 'c' };
  return { file, record: new CallRecord(services, ctx, 'invoke', subject, {}) };
}

const request = (operation: string) => ({
  kind: 'page' as const,
  operation,
  outcome: { ok: true as const, output: {}, httpStatus: 200, attempts: 1, durationMs: 1 },
});

it('writes the requests made before and after the record began, in order', async () => {
  const { record } = await setup();
  void record.onRequest(request('Before'));
  const txId = await record.begin({ method: 'not-required', approvedAt: new Date(0).toISOString() });
  await record.onRequest(request('First'));
  void record.onRequest(request('Second'));
  expect(await record.written()).toHaveLength(3);
  const entry = await state.audit.get(txId);
  expect(entry!.ops.map((o) => [o.seq, o.operation])).toEqual([
    [1, 'dynamodb:Before'],
    [2, 'dynamodb:First'],
    [3, 'dynamodb:Second'],
  ]);
});

it('a write that fails rejects what the call waits on, and every later write', async () => {
  const { file, record } = await setup();
  const txId = await record.begin({ method: 'not-required', approvedAt: new Date(0).toISOString() });
  await record.onRequest(request('Recorded'));
  const holder = openAuditDatabase(file);
  holder.exec('BEGIN EXCLUSIVE');
  try {
    await expect(record.onRequest(request('Lost'))).rejects.toMatchObject({ code: 'AuditUnavailable' });
  } finally {
    holder.exec('COMMIT');
    holder.close();
  }
  await expect(record.onRequest(request('After'))).rejects.toMatchObject({ code: 'AuditUnavailable' });
  await expect(record.written()).rejects.toMatchObject({ code: 'AuditUnavailable' });
  expect((await state.audit.get(txId))!.ops.map((o) => o.operation)).toEqual(['dynamodb:Recorded']);
});

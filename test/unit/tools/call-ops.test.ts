// The op rows of one call over the async audit port: written in request order, and a write that
// fails stops the call at its next request (the promise the call waits on rejects) and is
// reported by `written`, never lost as an unhandled rejection.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { openState } from '../../../src/state/open-state.js';
import type { StateStore } from '../../../src/state/ports.js';
import { CallOps } from '../../../src/tools/execute/call-audit.js';
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
  const services = { audit: state.audit } as ToolServices;
  const txId = await state.audit.begin({ service: 'dynamodb', operation: 'Scan' });
  return { file, txId, ops: new CallOps(services, 'dynamodb', 'us-east-1') };
}

const request = (operation: string) => ({
  kind: 'page' as const,
  operation,
  outcome: { ok: true as const, output: {}, httpStatus: 200, attempts: 1, durationMs: 1 },
});

it('writes the requests made before and after the record began, in order', async () => {
  const { txId, ops } = await setup();
  void ops.record(request('Before'));
  ops.attach(txId);
  await ops.record(request('First'));
  void ops.record(request('Second'));
  expect(await ops.written()).toHaveLength(3);
  const entry = await state.audit.get(txId);
  expect(entry!.ops.map((o) => [o.seq, o.operation])).toEqual([
    [1, 'dynamodb:Before'],
    [2, 'dynamodb:First'],
    [3, 'dynamodb:Second'],
  ]);
});

it('a write that fails rejects what the call waits on, and every later write', async () => {
  const { file, txId, ops } = await setup();
  ops.attach(txId);
  await ops.record(request('Recorded'));
  const holder = openAuditDatabase(file);
  holder.exec('BEGIN EXCLUSIVE');
  try {
    await expect(ops.record(request('Lost'))).rejects.toMatchObject({ code: 'AuditUnavailable' });
  } finally {
    holder.exec('COMMIT');
    holder.close();
  }
  await expect(ops.record(request('After'))).rejects.toMatchObject({ code: 'AuditUnavailable' });
  await expect(ops.written()).rejects.toMatchObject({ code: 'AuditUnavailable' });
  expect((await state.audit.get(txId))!.ops.map((o) => o.operation)).toEqual(['dynamodb:Recorded']);
});

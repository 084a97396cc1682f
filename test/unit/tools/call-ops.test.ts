// The op rows of one call over the async audit port. A row is held until it must be written:
// before the call's next request (`flush`) or with the completion, in the same commit, so a call
// of one request costs two writes (begin, complete). Rows keep request order; a write that fails
// stops the call at its next request (the flush it waits on rejects) and its rows are not lost:
// the completion that follows writes them, all or nothing.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { localPrincipal } from '../../../src/identity/principal.js';
import { openState } from '../../../src/state/open-state.js';
import type { AuditTrail, StateStore } from '../../../src/state/ports.js';
import { callContextOf } from '../../../src/tools/execute/call-context.js';
import { CallRecord } from '../../../src/tools/execute/call-record.js';
import type { ToolServices } from '../../../src/tools/services.js';
import { ToolError } from '../../../src/errors/tool-error.js';

let dir: string;
let state: StateStore;
afterEach(async () => {
  await state?.close();
  rmSync(dir, { recursive: true, force: true });
});

const APPROVED = { method: 'not-required', approvedAt: new Date(0).toISOString() } as const;

/** A CallRecord on a real SQLite trail; `writes` lists each write it asked of the trail. */
async function setup() {
  dir = mkdtempSync(path.join(os.tmpdir(), 'call-ops-'));
  const file = path.join(dir, 'audit.db');
  state = await openState({ auditDbPath: file });
  const trail = state.audit;
  const writes: string[] = [];
  const audit: AuditTrail = {
    ...trail,
    begin: (start) => (writes.push('begin'), trail.begin(start)),
    op: (txId, op) => (writes.push(`op ${op.operation}`), trail.op(txId, op)),
    complete: (txId, end, ops = []) => (
      writes.push(`complete ${ops.map((o) => o.operation).join(' ')}`.trim()),
      trail.complete(txId, end, ops)
    ),
  };
  const services = { audit, policy: { hash: 'test' } } as unknown as ToolServices;
  const ctx = callContextOf({
    principal: localPrincipal(),
    signal: new AbortController().signal,
    progress: async () => undefined,
    approval: {},
  });
  const subject = { service: 'dynamodb', operation: 'Scan', region: 'us-east-1', modelCommit: 'c' };
  return { file, writes, record: new CallRecord(services, ctx, 'invoke', subject, {}) };
}

const request = (operation: string) => ({
  kind: 'page' as const,
  operation,
  outcome: { ok: true as const, output: {}, httpStatus: 200, attempts: 1, durationMs: 1 },
});
const last = request('Last').outcome;

/** Holds the database's write lock (another process writing) until the returned function runs. */
function lock(file: string): () => void {
  const holder = openAuditDatabase(file);
  holder.exec('BEGIN EXCLUSIVE');
  return () => {
    holder.exec('COMMIT');
    holder.close();
  };
}

const opsOf = async (txId: string) =>
  (await state.audit.get(txId))!.ops.map((o) => [o.seq, o.operation, o.opId]);

it('a call refused before AWS: two writes, no op row', async () => {
  const { record, writes } = await setup();
  await record.refused(new ToolError('PolicyDenied', 'no'));
  expect(writes).toEqual(['begin', 'complete']);
  expect(await state.audit.get(record.txId!)).toMatchObject({ status: 'denied', ops: [] });
});

it('a call of one request: its op row is written with the completion, two writes in all', async () => {
  const { record, writes } = await setup();
  const txId = await record.begin(APPROVED);
  record.onRequest(request('Only'));
  await record.succeeded(last, {});
  expect(writes).toEqual(['begin', 'complete dynamodb:Only']);
  expect(await opsOf(txId)).toEqual([[1, 'dynamodb:Only', record.opIds[0]]]);
  expect((await state.audit.get(txId))!.status).toBe('succeeded');
});

it('a call of several requests: each flush writes what came before; the last row goes with the end', async () => {
  const { record, writes } = await setup();
  record.onRequest(request('Before')); // the account lookup, before the record began
  await record.flush(); // nothing to write under: no record yet
  const txId = await record.begin(APPROVED);
  record.onRequest(request('First'));
  await record.flush();
  record.onRequest(request('Second'));
  await record.flush();
  record.onRequest(request('Third'));
  await record.succeeded(last, {});
  expect(writes).toEqual([
    'begin',
    'op dynamodb:Before',
    'op dynamodb:First',
    'op dynamodb:Second',
    'complete dynamodb:Third',
  ]);
  expect(await opsOf(txId)).toEqual(
    ['Before', 'First', 'Second', 'Third'].map((o, i) => [i + 1, `dynamodb:${o}`, record.opIds[i]]),
  );
});

it('a flush that fails stops the call there; the completion then writes every held row', async () => {
  const { file, record } = await setup();
  const txId = await record.begin(APPROVED);
  record.onRequest(request('Recorded'));
  await record.flush();
  record.onRequest(request('Held'));
  const unlock = lock(file);
  try {
    await expect(record.flush()).rejects.toMatchObject({ code: 'AuditUnavailable' });
  } finally {
    unlock();
  }
  // The store is back, but the call stays stopped: every later flush rejects, success is refused.
  record.onRequest(request('After'));
  await expect(record.flush()).rejects.toMatchObject({ code: 'AuditUnavailable' });
  await expect(record.succeeded(last, {})).rejects.toMatchObject({ code: 'AuditUnavailable' });
  expect(await opsOf(txId)).toEqual([[1, 'dynamodb:Recorded', record.opIds[0]]]);
  await record.failed({ kind: 'tool', error: new ToolError('AuditUnavailable', 'x') }, new Error('x'));
  const entry = (await state.audit.get(txId))!;
  expect(entry.status).toBe('failed');
  expect(entry.ops.map((o) => [o.seq, o.operation, o.opId])).toEqual(
    ['Recorded', 'Held', 'After'].map((o, i) => [i + 1, `dynamodb:${o}`, record.opIds[i]]),
  );
});

it('a completion that fails writes none of its rows; the next completion writes them all', async () => {
  const { file, record } = await setup();
  const txId = await record.begin(APPROVED);
  record.onRequest(request('Only'));
  const unlock = lock(file);
  try {
    await expect(record.succeeded(last, {})).rejects.toMatchObject({ code: 'AuditUnavailable' });
  } finally {
    unlock();
  }
  expect(await state.audit.get(txId)).toMatchObject({ status: 'started', ops: [] });
  await record.failed({ kind: 'tool', error: new ToolError('AuditUnavailable', 'x') }, new Error('x'));
  expect(await state.audit.get(txId)).toMatchObject({ status: 'failed' });
  expect(await opsOf(txId)).toEqual([[1, 'dynamodb:Only', record.opIds[0]]]);
});

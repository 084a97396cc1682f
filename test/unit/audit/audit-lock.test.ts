// While another connection holds the audit database's write lock, a write is refused with
// AuditUnavailable after a bounded wait, later writes do not wait again, and writing resumes as
// soon as the lock is released.

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { DEFAULT_BUSY_TIMEOUT_MS, openAuditDatabase } from '../../../src/audit/database.js';
import { isToolError } from '../../../src/errors/tool-error.js';

const START = { service: 'dynamodb', operation: 'ListTables' };

function errorOf(fn: () => unknown): { code?: string; hint?: string } | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return isToolError(e)
      ? { code: e.code, ...(e.hint ? { hint: e.hint } : {}) }
      : { code: 'not a ToolError' };
  }
}

describe('a locked audit database', () => {
  it('waits well under a second by default', () => {
    const db = openAuditDatabase(':memory:');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(DEFAULT_BUSY_TIMEOUT_MS);
    expect(DEFAULT_BUSY_TIMEOUT_MS).toBeLessThan(1000);
  });

  it('refuses writes while another connection holds the lock, then recovers', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'audit-lock-')), 'audit.db');
    let clock = 1_000_000;
    const store = new AuditStore(openAuditDatabase(file, { busyTimeoutMs: 50 }), { now: () => clock });
    const holder = new Database(file);
    holder.prepare('BEGIN IMMEDIATE').run();

    const first = errorOf(() => store.begin(START));
    expect(first?.code).toBe('AuditUnavailable');
    expect(first?.hint).toMatch(/locked/);
    // Within the back-off the next write tries once without waiting, and is refused the same way.
    clock += 10;
    expect(errorOf(() => store.begin(START))?.code).toBe('AuditUnavailable');

    holder.prepare('COMMIT').run();
    clock += 10;
    const txId = store.begin(START);
    store.complete(txId, { status: 'succeeded' });
    expect(store.get(txId)?.status).toBe('succeeded');
    holder.close();
  });
});

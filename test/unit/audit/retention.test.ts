// Retention over a real SQLite file: a batch deletes only records older than the cutoff, oldest
// first, with their ops and never more than the batch; the timer drains a backlog by itself.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { DAY_MS, pruneOnce, startRetention } from '../../../src/audit/retention.js';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(path.join(os.tmpdir(), 'audit-retention-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.parse('2026-06-01T00:00:00Z');
let n = 0;

/** A trail with one transaction (and `ops` ops) per age in days. */
function trail(ages: readonly number[], ops = 2): { db: Database; store: AuditStore } {
  const db = openAuditDatabase(path.join(dir, `r${n++}.db`));
  let clock = NOW;
  const store = new AuditStore(db, { now: () => clock });
  for (const age of ages) {
    clock = NOW - age * DAY_MS;
    const tx = store.begin({ service: 's3', operation: 'ListBuckets' });
    for (let i = 0; i < ops; i++) store.op(tx, { kind: 'page' });
    store.complete(tx, { status: 'succeeded' });
  }
  return { db, store };
}

const count = (db: Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const orphans = (db: Database) =>
  db.prepare(`SELECT count(*) FROM audit_op WHERE tx_id NOT IN (SELECT tx_id FROM audit_tx)`).pluck().get();

describe('pruneOnce', () => {
  it('deletes at most a batch of the oldest expired records, their ops too, and keeps the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        (ages, batch) => {
          const { db, store } = trail(ages);
          try {
            const cutoff = NOW - 30 * DAY_MS;
            const expired = ages.filter((a) => NOW - a * DAY_MS < cutoff).length;
            const deleted = pruneOnce(db, cutoff, batch);
            expect(deleted).toBe(Math.min(batch, expired));
            while (pruneOnce(db, cutoff, batch) > 0);
            const kept = store.list({ limit: 1000 });
            expect(kept).toHaveLength(ages.length - expired);
            expect(kept.every((e) => Date.parse(e.startedAt) >= cutoff)).toBe(true);
            expect(orphans(db)).toBe(0);
            expect(count(db, 'audit_op')).toBe(kept.length * 2);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('startRetention', () => {
  it('drains a backlog in batches on its own timer, then stops when told', async () => {
    const { db } = trail([...Array(25).fill(40), 1, 2]);
    const stop = startRetention((cutoff, batch) => pruneOnce(db, cutoff, batch), {
      days: 30,
      batch: 4,
      backlogEveryMs: 1,
      now: () => NOW,
    });
    try {
      while (count(db, 'audit_tx') > 2) await new Promise((r) => setTimeout(r, 5));
      expect(count(db, 'audit_tx')).toBe(2);
      expect(orphans(db)).toBe(0);
    } finally {
      await stop();
      db.close();
    }
  });

  it('skips a tick while another connection holds the write lock, and goes on after', async () => {
    const { db: writer } = trail([40, 40]);
    writer.close();
    const pruner = openAuditDatabase(writer.name, { busyTimeoutMs: 0 });
    const holder = openAuditDatabase(writer.name);
    const warned: string[] = [];
    holder.prepare('BEGIN IMMEDIATE').run();
    const stop = startRetention((cutoff, batch) => pruneOnce(pruner, cutoff, batch), {
      days: 30,
      everyMs: 1,
      now: () => NOW,
      logger: { debug: () => undefined, warn: (m) => warned.push(m) },
    });
    try {
      while (warned.length === 0) await new Promise((r) => setTimeout(r, 5));
      expect(count(holder, 'audit_tx')).toBe(2); // nothing deleted, nobody waited
      holder.prepare('COMMIT').run();
      while (count(holder, 'audit_tx') > 0) await new Promise((r) => setTimeout(r, 5));
    } finally {
      await stop();
      pruner.close();
      holder.close();
    }
  });
});

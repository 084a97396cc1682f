// The paged export against the store's own query (the reference): the same entries, in the same
// order, whatever the page size, the ties in start time, and the filters.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { exportEntries } from '../../../src/audit/export.js';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(path.join(os.tmpdir(), 'audit-export-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.parse('2026-03-01T00:00:00Z');
const record = fc.record({
  minute: fc.integer({ min: 0, max: 20 }), // few distinct times: many ties
  service: fc.constantFrom('s3', 'sqs', 'sts'),
  status: fc.constantFrom('succeeded', 'failed', 'denied' as const),
  ops: fc.integer({ min: 0, max: 3 }),
});
type Rec = typeof record extends fc.Arbitrary<infer T> ? T : never;

let n = 0;
function trail(records: readonly Rec[]): Database {
  const db = openAuditDatabase(path.join(dir, `t${n++}.db`));
  let clock = T0;
  const store = new AuditStore(db, { now: () => clock });
  for (const r of records) {
    clock = T0 + r.minute * 60_000;
    const tx = store.begin({ service: r.service, operation: 'Op', decision: { effect: 'allow' } });
    for (let i = 0; i < r.ops; i++) store.op(tx, { kind: 'page', httpStatus: 200 });
    store.complete(tx, { status: r.status });
  }
  return db;
}

const ids = (entries: Iterable<{ txId: string }>) => [...entries].map((e) => e.txId);

describe('exportEntries', () => {
  it('yields what the store lists, for --since, --tx and --limit, at any page size', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        fc.option(fc.integer({ min: 0, max: 20 })),
        fc.option(fc.integer({ min: 1, max: 40 })),
        (records, pageSize, sinceMinute, limit) => {
          const db = trail(records);
          try {
            const since = sinceMinute === null ? undefined : new Date(T0 + sinceMinute * 60_000);
            const q = { ...(since ? { since } : {}), ...(limit ? { limit } : {}) };
            const reference = new AuditStore(db).list({ ...q, limit: limit ?? 1_000_000 });
            expect([...exportEntries(db, q, pageSize)]).toEqual(reference);
            const one = reference[0]?.txId;
            if (one) expect(ids(exportEntries(db, { txId: one }, pageSize))).toEqual([one]);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('filters by service and status', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 25 }),
        fc.integer({ min: 1, max: 5 }),
        (records, pageSize) => {
          const db = trail(records);
          try {
            const all = new AuditStore(db).list({ limit: 1_000_000 });
            for (const service of ['s3', 'sqs']) {
              const want = all.filter((e) => e.service === service).map((e) => e.txId);
              expect(ids(exportEntries(db, { service }, pageSize))).toEqual(want);
            }
            const failed = all.filter((e) => e.status === 'failed').map((e) => e.txId);
            expect(ids(exportEntries(db, { status: 'failed' }, pageSize))).toEqual(failed);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a page at a time: the first entry comes before later pages are read', () => {
    const db = trail([
      { minute: 1, service: 's3', status: 'succeeded', ops: 1 },
      ...Array(9).fill({ minute: 2, service: 's3', status: 'failed', ops: 0 }),
    ]);
    try {
      const it = exportEntries(db, {}, 2);
      const first = it.next().value!;
      // A record written after the export began, past the first page, is still exported.
      const late = new AuditStore(db, { now: () => T0 + 30 * 60_000 }).begin({
        service: 'sqs',
        operation: 'Late',
      });
      const rest = [...it];
      expect(first.operation).toBe('Op');
      expect(rest.at(-1)!.txId).toBe(late);
      expect(rest).toHaveLength(10);
    } finally {
      db.close();
    }
  });
});

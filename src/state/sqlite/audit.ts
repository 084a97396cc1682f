// The audit trail on SQLite: the existing AuditStore (audit/audit-store.ts) behind the async port.
// Its writes are synchronous and committed before they return, so a write that fails rejects the
// promise with the AuditStore's own AuditUnavailable, and nothing after it runs.

import type { Database } from 'better-sqlite3';
import type { AuditStore } from '../../audit/audit-store.js';
import { rowToEntry, rowToOp, type OpRow, type TxRow } from '../../audit/rows.js';
import type { AuditEntry } from '../../audit/types.js';
import type { AuditTrail } from '../ports.js';
import { guarded } from '../unavailable.js';

/** Transactions read per query by `export`: bounded memory whatever the size of the trail. */
const EXPORT_PAGE = 500;

export function sqliteAuditTrail(db: Database, store: AuditStore): AuditTrail {
  // Keyset paging on (started_ms, tx_id): served by the audit_tx_started index.
  const page = db.prepare<[number, number, string, number], TxRow>(
    `SELECT * FROM audit_tx WHERE started_ms >= ? AND (started_ms, tx_id) > (?, ?)
      ORDER BY started_ms, tx_id LIMIT ?`,
  );
  const opsOf = db.prepare<[string], OpRow>(`SELECT * FROM audit_op WHERE tx_id = ? ORDER BY seq`);
  return {
    // Writes map their own failures to AuditUnavailable; reads are guarded here.
    begin: async (start) => store.begin(start),
    op: async (txId, op) => store.op(txId, op),
    complete: async (txId, end) => store.complete(txId, end),
    list: (query) => guarded('audit list', () => store.list(query)),
    get: (txId) => guarded('audit get', () => store.get(txId)),
    async *export(since?: Date): AsyncIterable<AuditEntry> {
      const from = since?.getTime() ?? 0;
      let after: [number, string] = [-1, ''];
      for (;;) {
        const rows = page.all(from, after[0], after[1], EXPORT_PAGE);
        for (const r of rows) yield rowToEntry(r, opsOf.all(r.tx_id).map(rowToOp));
        if (rows.length < EXPORT_PAGE) return;
        const last = rows.at(-1)!;
        after = [last.started_ms, last.tx_id];
      }
    },
  };
}

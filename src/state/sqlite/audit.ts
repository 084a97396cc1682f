// The audit trail on SQLite: the existing AuditStore (audit/audit-store.ts) behind the async port.
// Its writes are synchronous and committed before they return, so a write that fails rejects the
// promise with the AuditStore's own AuditUnavailable, and nothing after it runs.

import type { Database } from 'better-sqlite3';
import type { AuditStore } from '../../audit/audit-store.js';
import { exportEntries } from '../../audit/export.js';
import type { AuditEntry } from '../../audit/types.js';
import type { AuditTrail } from '../ports.js';
import { guarded } from '../unavailable.js';

export function sqliteAuditTrail(db: Database, store: AuditStore): AuditTrail {
  return {
    // Writes map their own failures to AuditUnavailable; reads are guarded here.
    begin: async (start) => store.begin(start),
    op: async (txId, op) => store.op(txId, op),
    complete: async (txId, end, ops) => store.complete(txId, end, ops),
    list: (query) => guarded('audit list', () => store.list(query)),
    get: (txId) => guarded('audit get', () => store.get(txId)),
    // Keyset pages on (started_ms, tx_id), one page in memory (audit/export.ts).
    async *export(query = {}): AsyncIterable<AuditEntry> {
      yield* exportEntries(db, query);
    },
  };
}

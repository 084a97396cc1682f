// The approvals table in SQLite (the audit database), and the columns later versions added.
// PostgreSQL has the same columns through its migrations (state/postgres/migrations.ts).
// - four_eyes: JSON of FourEyes (who asked, who may decide) when the policy names approvers;
// - decided_via: where a person decided (`http`, `cli`); `state` may now also be `denied`, kept
//   until expiry so the waiting call learns who said no and a second decision is refused.

import type { Database } from 'better-sqlite3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS approvals (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  service TEXT NOT NULL,
  operation TEXT NOT NULL,
  region TEXT NOT NULL,
  account TEXT NOT NULL,
  payload_hash TEXT NOT NULL,
  session_id TEXT,
  key_parameters TEXT NOT NULL,
  mode TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  approved_at INTEGER,
  approved_by TEXT
);
CREATE INDEX IF NOT EXISTS approvals_expires ON approvals (expires_at);`;

/** Columns added after the first release, in order; each is nullable, so old rows stay valid. */
const ADDED_COLUMNS: readonly (readonly [string, string])[] = [
  ['four_eyes', 'TEXT'],
  ['decided_via', 'TEXT'],
];

/**
 * Creates the table if absent and adds the missing later columns, in one immediate transaction:
 * two processes opening an old database together do not both add a column.
 */
export function ensureApprovalsTable(db: Database): void {
  db.transaction(() => {
    db.exec(SCHEMA);
    const have = new Set(
      db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('approvals')`)
        .all()
        .map((c) => c.name),
    );
    for (const [name, type] of ADDED_COLUMNS) {
      if (!have.has(name)) db.exec(`ALTER TABLE approvals ADD COLUMN ${name} ${type}`);
    }
  }).immediate();
}

// The audit tables. Versioned through PRAGMA user_version so later changes migrate in place.

import type { Database } from 'better-sqlite3';

const V1 = `
CREATE TABLE IF NOT EXISTS audit_tx (
  tx_id TEXT PRIMARY KEY,
  started_ms INTEGER NOT NULL,
  completed_ms INTEGER,
  tool TEXT, action TEXT, session_id TEXT,
  service TEXT NOT NULL, operation TEXT NOT NULL, region TEXT, account TEXT,
  model_commit TEXT, policy_hash TEXT, risk TEXT,
  decision TEXT, rule TEXT, decision_reason TEXT,
  approval TEXT,
  status TEXT NOT NULL,
  aws_request_id TEXT, http_status INTEGER, error_code TEXT, error_message TEXT,
  request TEXT, response TEXT
);
CREATE INDEX IF NOT EXISTS audit_tx_started ON audit_tx (started_ms);
CREATE TABLE IF NOT EXISTS audit_op (
  op_id TEXT PRIMARY KEY,
  tx_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at_ms INTEGER NOT NULL,
  kind TEXT NOT NULL, attempt INTEGER, region TEXT,
  http_status INTEGER, aws_request_id TEXT, error_code TEXT, duration_ms REAL
);
CREATE INDEX IF NOT EXISTS audit_op_tx ON audit_op (tx_id, seq);`;

/** v2: the operation each op row sent (a waiter polls another operation; STS calls of the server). */
const V2 = `ALTER TABLE audit_op ADD COLUMN operation TEXT;`;

/** v3: the User-Agent of the call's AWS requests, which CloudTrail records as `userAgent`. */
const V3 = `ALTER TABLE audit_tx ADD COLUMN user_agent TEXT;`;

/** v4: who called (`principalKey` of identity/principal.ts): the local OS user, or a token's person. */
const V4 = `ALTER TABLE audit_tx ADD COLUMN principal TEXT;`;

/**
 * v5: indexes for what `aws-tool-mcp audit` filters on and for retention, each serving one
 * query (the tx_id filter, `--tx`, is the primary key's):
 * - (started_ms, tx_id): `--since`, the export's keyset pages
 *   `WHERE (started_ms, tx_id) > (?, ?) ORDER BY started_ms, tx_id` (export.ts), and retention's
 *   `WHERE started_ms < ? ORDER BY started_ms LIMIT n` (retention.ts). It replaces the v1 index on
 *   started_ms alone, its prefix.
 * - (service, started_ms): `--service sqs [--since 1d]`, in time order.
 * - (status, started_ms): `--status failed [--since 1d]`, in time order.
 */
const V5_AUDIT_FILTER_INDEXES = `
CREATE INDEX IF NOT EXISTS audit_tx_started_tx ON audit_tx (started_ms, tx_id);
DROP INDEX IF EXISTS audit_tx_started;
CREATE INDEX IF NOT EXISTS audit_tx_service_started ON audit_tx (service, started_ms);
CREATE INDEX IF NOT EXISTS audit_tx_status_started ON audit_tx (status, started_ms);`;

/** v6: the script or batch an inner call belongs to (its tx_id). */
const V6 = `ALTER TABLE audit_tx ADD COLUMN parent_tx_id TEXT;`;

/** v7: the MCP client the person's token was issued to (`azp`/`client_id`). */
const V7 = `ALTER TABLE audit_tx ADD COLUMN client_id TEXT;`;

/** v8: the IAM role the call ran as (options.roleArn, or the person's identity rule's `role:`). */
const V8 = `ALTER TABLE audit_tx ADD COLUMN role_arn TEXT;`;

/** v9: `aws-tool-mcp audit --principal alice [--since 1d]`: one person's calls, in time order. */
const V9_PRINCIPAL_INDEX = `CREATE INDEX IF NOT EXISTS audit_tx_principal_started ON audit_tx (principal, started_ms);`;

/** Applied in order; `user_version` counts how many a database already has. */
const MIGRATIONS = [V1, V2, V3, V4, V5_AUDIT_FILTER_INDEXES, V6, V7, V8, V9_PRINCIPAL_INDEX];

export function migrate(db: Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version >= MIGRATIONS.length) return;
  db.transaction(() => {
    for (const step of MIGRATIONS.slice(version)) db.exec(step);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

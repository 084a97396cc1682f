// The PostgreSQL schema, versioned. Every instance applies what is missing at start, holding a
// session advisory lock while it does: instances starting together queue on the lock, and each
// finds the versions the first one applied. Each migration runs in its own transaction.
// Every table and index names the query it serves.

import type pg from 'pg';

/** pg_advisory_lock key: "aws-tool-mcp schema" (any constant the application owns). */
const MIGRATION_LOCK = 0x61_77_73_6d_63_70;

const V1 = `
-- Confirmation tokens and pending approvals (approval/token-store.ts has the same columns).
-- PRIMARY KEY id: approve, reject and get by approval id (aws-tool-mcp approve <id>).
-- UNIQUE token_hash: redeem, DELETE ... WHERE token_hash = $1 AND <binding> RETURNING *.
CREATE TABLE approvals (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  service TEXT NOT NULL,
  operation TEXT NOT NULL,
  region TEXT NOT NULL,
  account TEXT NOT NULL,
  payload_hash TEXT NOT NULL,
  session_id TEXT NOT NULL,
  key_parameters TEXT NOT NULL,
  mode TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  approved_at BIGINT,
  approved_by TEXT
);
-- The purge on issue (DELETE ... WHERE expires_at <= now) and the list of open requests
-- (WHERE expires_at > now ORDER BY created_at).
CREATE INDEX approvals_expires ON approvals (expires_at);

-- Single-use nonces of approval questions. PRIMARY KEY: redeem, DELETE ... WHERE nonce = $1.
CREATE TABLE approval_nonces (nonce TEXT PRIMARY KEY, expires_at BIGINT NOT NULL);
-- The purge on add: DELETE ... WHERE expires_at <= now.
CREATE INDEX approval_nonces_expires ON approval_nonces (expires_at);

-- What 2025-era HTTP sessions negotiated. PRIMARY KEY: load/touch/remove by Mcp-Session-Id.
CREATE TABLE http_sessions (id TEXT PRIMARY KEY, record JSONB NOT NULL, expires_at BIGINT NOT NULL);
-- The purge on save: DELETE ... WHERE expires_at <= now.
CREATE INDEX http_sessions_expires ON http_sessions (expires_at);

-- The audit trail (audit/schema.ts has the same columns). PRIMARY KEY tx_id: complete and get.
-- op_count: the seq of the next op, taken by UPDATE ... RETURNING so concurrent ops never clash.
CREATE TABLE audit_tx (
  tx_id TEXT PRIMARY KEY,
  started_ms BIGINT NOT NULL,
  completed_ms BIGINT,
  tool TEXT, action TEXT, session_id TEXT, principal TEXT, client_id TEXT,
  service TEXT NOT NULL, operation TEXT NOT NULL, region TEXT, account TEXT,
  model_commit TEXT, policy_hash TEXT, risk TEXT,
  decision TEXT, rule TEXT, decision_reason TEXT,
  approval TEXT,
  status TEXT NOT NULL,
  aws_request_id TEXT, http_status INTEGER, error_code TEXT, error_message TEXT,
  user_agent TEXT,
  request TEXT, response TEXT,
  parent_tx_id TEXT,
  op_count INTEGER NOT NULL DEFAULT 0
);
-- list (WHERE started_ms >= $since ORDER BY started_ms DESC, tx_id DESC LIMIT n) and export
-- (keyset paging: WHERE (started_ms, tx_id) > ($1, $2) ORDER BY started_ms, tx_id).
CREATE INDEX audit_tx_started ON audit_tx (started_ms, tx_id);

-- One row per AWS request. PRIMARY KEY (tx_id, seq): the ops of a transaction in order
-- (WHERE tx_id = $1 ORDER BY seq). ON DELETE CASCADE: pruning a transaction prunes its ops.
CREATE TABLE audit_op (
  tx_id TEXT NOT NULL REFERENCES audit_tx (tx_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  op_id TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  kind TEXT NOT NULL, operation TEXT, attempt INTEGER, region TEXT,
  http_status INTEGER, aws_request_id TEXT, error_code TEXT, duration_ms DOUBLE PRECISION,
  PRIMARY KEY (tx_id, seq)
);`;

/** v2: the IAM role the call ran as (audit/schema.ts v8). */
const V2 = `ALTER TABLE audit_tx ADD COLUMN role_arn TEXT;`;

/**
 * Four eyes (approval/approvals-schema.ts adds the same to SQLite): who asked and who may decide
 * (JSON, read with the row by id: no index), and where a person decided (`http`, `cli`).
 */
const V3_FOUR_EYES = `
ALTER TABLE approvals ADD COLUMN four_eyes TEXT;
ALTER TABLE approvals ADD COLUMN decided_via TEXT;`;

/**
 * The filters of `aws-tool-mcp audit` (export.ts's ExportCursor), each index serving one of them in
 * time order, as SQLite's v5 and v9: `--service s3 [--since 1d]`, `--status failed`, `--principal
 * alice`; WHERE <column> = $1 AND started_ms >= $2 ORDER BY started_ms, tx_id. (`--since` and the
 * keyset pages use audit_tx_started; `--tx` the primary key.) Retention's
 * `WHERE started_ms < $1 ORDER BY started_ms LIMIT n` uses audit_tx_started too.
 */
const V4_AUDIT_FILTER_INDEXES = `
CREATE INDEX audit_tx_service_started ON audit_tx (service, started_ms, tx_id);
CREATE INDEX audit_tx_status_started ON audit_tx (status, started_ms, tx_id);
CREATE INDEX audit_tx_principal_started ON audit_tx (principal, started_ms, tx_id);`;

/** v5: rate limits and relayed answers shared by every instance. */
const V5_SHARED_COUNTERS = `
-- Per-person rate-limit window counters (policy/rate-limit.ts), shared by every instance.
-- PRIMARY KEY key: the atomic upsert of each counted call (INSERT ... ON CONFLICT (key) DO UPDATE
-- SET value = value + 1 ... RETURNING value): concurrent calls on any instance each get their own count.
CREATE TABLE rate_counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL, expires_at BIGINT NOT NULL);
-- The purge of past windows: DELETE ... WHERE expires_at <= now.
CREATE INDEX rate_counters_expires ON rate_counters (expires_at);

-- One row per call in flight (a lease that lapses if its instance dies mid-call).
-- PRIMARY KEY (key, lease): renew and release; its key prefix serves the count of a person's live
-- leases and the purge of their lapsed ones when a slot is taken (WHERE key = $1 ...).
CREATE TABLE rate_leases (key TEXT NOT NULL, lease TEXT NOT NULL, expires_at BIGINT NOT NULL, PRIMARY KEY (key, lease));

-- A 2025-era client's answer to a request the server sent mid-call (an approval question), when it
-- reached another instance than the one waiting for it. PRIMARY KEY (session_id, request_key): the
-- waiting instance's collect, DELETE ... WHERE session_id = $1 AND request_key = ANY($2) RETURNING.
CREATE TABLE session_answers (session_id TEXT NOT NULL, request_key TEXT NOT NULL, message JSONB NOT NULL,
  expires_at BIGINT NOT NULL, PRIMARY KEY (session_id, request_key));
-- The purge on relay: DELETE ... WHERE expires_at <= now.
CREATE INDEX session_answers_expires ON session_answers (expires_at);`;

/** Applied in order; schema_migrations records which a database has. Never edit a released one. */
export const MIGRATIONS: readonly string[] = [
  V1,
  V2,
  V3_FOUR_EYES,
  V4_AUDIT_FILTER_INDEXES,
  V5_SHARED_COUNTERS,
];

/** Applies the missing migrations; safe to run from many instances at once. Returns how many ran. */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
      );
      const { rows } = await client.query<{ v: number }>(
        'SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations',
      );
      const done = rows[0]!.v;
      for (const [i, sql] of MIGRATIONS.entries()) {
        if (i + 1 <= done) continue;
        await client.query('BEGIN');
        try {
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
      }
      return Math.max(0, MIGRATIONS.length - done);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

// The audit trail on PostgreSQL: the same rows as SQLite (audit/columns.ts builds them, redaction
// included), each write one autocommitted statement that is durable before it resolves. An op
// takes its seq from its transaction's row (UPDATE ... RETURNING), so ops never share a number.
// Every commit waits for a WAL flush (one fsync with the durable defaults), so a completion writes
// the call's last op rows in its own statement: a call of one request costs two commits, not three.

import { ToolError } from '../../errors/tool-error.js';
import { opColumns, txEndColumns, txStartColumns } from '../../audit/columns.js';
import { uuidv7 } from '../../audit/ids.js';
import { rowToEntry, rowToOp, type OpRow, type TxRow } from '../../audit/rows.js';
import type { AuditEntry } from '../../audit/types.js';
import type { Logger } from '../../logging/logger.js';
import type { AuditTrail } from '../ports.js';
import { guarded } from '../unavailable.js';
import { postgresExport } from './audit-export.js';
import { named } from './pool.js';
import type pg from 'pg';

const BEGIN = `INSERT INTO audit_tx (tx_id, started_ms, tool, action, session_id, principal, client_id, service, operation, region,
    account, role_arn, model_commit, policy_hash, risk, decision, rule, decision_reason, approval, status, request, parent_tx_id)
  VALUES (@txId, @now, @tool, @action, @sessionId, @principal, @clientId, @service, @operation, @region, @account,
    @roleArn, @modelCommit, @policyHash, @risk, @effect, @rule, @reason, @approval, 'started', @request, @parentTxId)`;

const OP = `WITH tx AS (UPDATE audit_tx SET op_count = op_count + 1 WHERE tx_id = @txId RETURNING op_count)
  INSERT INTO audit_op (op_id, tx_id, seq, at_ms, kind, operation, attempt, region, http_status,
    aws_request_id, error_code, duration_ms)
  SELECT @opId, @txId, tx.op_count, @now, @kind, @operation, @attempt, @region, @httpStatus,
    @awsRequestId, @errorCode, @durationMs FROM tx`;

const COMPLETE = `UPDATE audit_tx SET completed_ms = @now, status = @status,
    account = COALESCE(@account, account), risk = COALESCE(@risk, risk),
    decision = COALESCE(@effect, decision), rule = COALESCE(@rule, rule),
    decision_reason = COALESCE(@reason, decision_reason), approval = COALESCE(@approval, approval),
    aws_request_id = @awsRequestId, http_status = @httpStatus, error_code = @errorCode,
    error_message = @errorMessage, response = @response, user_agent = @userAgent
  WHERE tx_id = @txId AND status = 'started'`;

/**
 * The completion and the op rows still to write, in one statement: the UPDATE reserves their seqs
 * (op_count), the INSERT numbers them after it from the JSON array. A transaction already completed
 * (or unknown) updates nothing, so nothing is inserted either: rowCount 0.
 */
const COMPLETE_WITH_OPS = `WITH tx AS (${COMPLETE.replace(
  "WHERE tx_id = @txId AND status = 'started'",
  ", op_count = op_count + @opCount WHERE tx_id = @txId AND status = 'started' RETURNING op_count - @opCount AS base",
)})
  INSERT INTO audit_op (op_id, tx_id, seq, at_ms, kind, operation, attempt, region, http_status,
    aws_request_id, error_code, duration_ms)
  SELECT o."opId", @txId, tx.base + o.i, o.now, o.kind, o.operation, o.attempt, o.region, o."httpStatus",
    o."awsRequestId", o."errorCode", o."durationMs"
  FROM tx, jsonb_to_recordset(@ops::jsonb) AS o(i int, "opId" text, now bigint, kind text, operation text,
    attempt int, region text, "httpStatus" int, "awsRequestId" text, "errorCode" text, "durationMs" float8)`;

/**
 * A write as a named prepared statement: each connection parses and plans it once, not per call
 * (the writes are on every call's path; their plans do not depend on the values).
 */
function prepared(name: string, sql: string, values: Record<string, unknown>): pg.QueryConfig {
  const [text, params] = named(sql, values);
  return { name, text, values: params };
}

function notFound(txId: string): ToolError {
  return new ToolError(
    'AuditUnavailable',
    'The audit record of this call was not found or already completed.',
    {
      hint: 'This is a server bug; report it with the tx_id.',
      details: { txId },
    },
  );
}

export function postgresAuditTrail(
  pool: pg.Pool,
  opts: { maxSummaryChars?: number; logger?: Logger } = {},
): AuditTrail {
  return new PostgresAuditTrail(pool, opts.maxSummaryChars ?? 8192, opts.logger);
}

/**
 * The trail's operations as bound arrow fields (not prototype methods), so callers can pass
 * `trail.op` around as before, when the trail was an object literal of closures.
 */
class PostgresAuditTrail implements AuditTrail {
  constructor(
    private readonly pool: pg.Pool,
    private readonly maxChars: number,
    private readonly logger?: Logger,
  ) {}

  readonly begin: AuditTrail['begin'] = (start) =>
    guarded(
      'audit begin',
      async () => {
        const now = Date.now();
        const txId = uuidv7(now);
        await this.pool.query(
          prepared('audit-begin', BEGIN, txStartColumns(start, txId, now, this.maxChars)),
        );
        return txId;
      },
      this.logger,
    );

  readonly op: AuditTrail['op'] = (txId, op) =>
    guarded(
      'audit op',
      async () => {
        const now = op.atMs ?? Date.now();
        const opId = op.opId ?? uuidv7(now);
        const { rowCount } = await this.pool.query(prepared('audit-op', OP, opColumns(op, opId, txId, now)));
        if (rowCount !== 1) throw notFound(txId);
        return opId;
      },
      this.logger,
    );

  readonly complete: AuditTrail['complete'] = (txId, end, ops = []) =>
    guarded(
      'audit complete',
      async () => {
        const now = Date.now();
        const columns = txEndColumns(end, txId, now, this.maxChars);
        if (ops.length === 0) {
          const { rowCount } = await this.pool.query(prepared('audit-complete', COMPLETE, columns));
          if (rowCount !== 1) throw notFound(txId);
          return [];
        }
        const opIds = ops.map((op) => op.opId ?? uuidv7(op.atMs ?? now));
        const rows = ops.map((op, i) => ({ ...opColumns(op, opIds[i]!, txId, op.atMs ?? now), i: i + 1 }));
        const values = { ...columns, opCount: ops.length, ops: JSON.stringify(rows) };
        const { rowCount } = await this.pool.query(prepared('audit-complete-ops', COMPLETE_WITH_OPS, values));
        if (rowCount !== ops.length) throw notFound(txId);
        return opIds;
      },
      this.logger,
    );

  readonly list: AuditTrail['list'] = (q = {}) =>
    guarded(
      'audit list',
      async () => {
        const { rows } = await this.pool.query<TxRow>(
          `SELECT * FROM (SELECT * FROM audit_tx WHERE started_ms >= $1 AND ($2::text IS NULL OR tx_id = $2)
             ORDER BY started_ms DESC, tx_id DESC LIMIT $3) t ORDER BY started_ms, tx_id`,
          [q.since?.getTime() ?? 0, q.txId ?? null, q.limit ?? 1000],
        );
        return this.withOps(rows);
      },
      this.logger,
    );

  readonly get: AuditTrail['get'] = async (txId) => (await this.list({ txId, limit: 1 }))[0];

  readonly export: AuditTrail['export'] = (query) =>
    postgresExport(this.pool, query, this.logger ? { logger: this.logger } : {});

  /** The ops of these transactions, in one query, attached to their entries. */
  private async withOps(rows: TxRow[]): Promise<AuditEntry[]> {
    if (rows.length === 0) return [];
    const { rows: ops } = await this.pool.query<OpRow>(
      'SELECT * FROM audit_op WHERE tx_id = ANY($1) ORDER BY tx_id, seq',
      [rows.map((r) => r.tx_id)],
    );
    return rows.map((r) => rowToEntry(r, ops.filter((o) => o.tx_id === r.tx_id).map(rowToOp)));
  }
}

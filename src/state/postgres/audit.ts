// The audit trail on PostgreSQL: the same rows as SQLite (audit/columns.ts builds them, redaction
// included), each write one autocommitted statement that is durable before it resolves. An op
// takes its seq from its transaction's row (UPDATE ... RETURNING), so ops never share a number.

import { ToolError } from '../../errors/tool-error.js';
import { opColumns, txEndColumns, txStartColumns } from '../../audit/columns.js';
import { uuidv7 } from '../../audit/ids.js';
import { rowToEntry, rowToOp, type OpRow, type TxRow } from '../../audit/rows.js';
import type { AuditEntry } from '../../audit/types.js';
import type { Logger } from '../../logging/logger.js';
import type { AuditTrail } from '../ports.js';
import { guarded } from '../unavailable.js';
import { named } from './pool.js';
import type pg from 'pg';

const BEGIN = `INSERT INTO audit_tx (tx_id, started_ms, tool, action, session_id, principal, client_id, service, operation, region,
    account, model_commit, policy_hash, risk, decision, rule, decision_reason, approval, status, request, parent_tx_id)
  VALUES (@txId, @now, @tool, @action, @sessionId, @principal, @clientId, @service, @operation, @region, @account,
    @modelCommit, @policyHash, @risk, @effect, @rule, @reason, @approval, 'started', @request, @parentTxId)`;

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

const EXPORT_PAGE = 500;

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
  const maxChars = opts.maxSummaryChars ?? 8192;
  const logger = opts.logger;
  const withOps = async (rows: TxRow[]): Promise<AuditEntry[]> => {
    if (rows.length === 0) return [];
    const { rows: ops } = await pool.query<OpRow>(
      'SELECT * FROM audit_op WHERE tx_id = ANY($1) ORDER BY tx_id, seq',
      [rows.map((r) => r.tx_id)],
    );
    return rows.map((r) => rowToEntry(r, ops.filter((o) => o.tx_id === r.tx_id).map(rowToOp)));
  };
  const list: AuditTrail['list'] = (q = {}) =>
    guarded(
      'audit list',
      async () => {
        const { rows } = await pool.query<TxRow>(
          `SELECT * FROM (SELECT * FROM audit_tx WHERE started_ms >= $1 AND ($2::text IS NULL OR tx_id = $2)
             ORDER BY started_ms DESC, tx_id DESC LIMIT $3) t ORDER BY started_ms, tx_id`,
          [q.since?.getTime() ?? 0, q.txId ?? null, q.limit ?? 1000],
        );
        return withOps(rows);
      },
      logger,
    );
  return {
    begin: (start) =>
      guarded(
        'audit begin',
        async () => {
          const now = Date.now();
          const txId = uuidv7(now);
          await pool.query(...named(BEGIN, txStartColumns(start, txId, now, maxChars)));
          return txId;
        },
        logger,
      ),
    op: (txId, op) =>
      guarded(
        'audit op',
        async () => {
          const now = op.atMs ?? Date.now();
          const opId = uuidv7(now);
          const { rowCount } = await pool.query(...named(OP, opColumns(op, opId, txId, now)));
          if (rowCount !== 1) throw notFound(txId);
          return opId;
        },
        logger,
      ),
    complete: (txId, end) =>
      guarded(
        'audit complete',
        async () => {
          const { rowCount } = await pool.query(
            ...named(COMPLETE, txEndColumns(end, txId, Date.now(), maxChars)),
          );
          if (rowCount !== 1) throw notFound(txId);
        },
        logger,
      ),
    list,
    get: async (txId) => (await list({ txId, limit: 1 }))[0],
    async *export(since?: Date): AsyncIterable<AuditEntry> {
      let after: [number, string] = [-1, ''];
      for (;;) {
        const rows = await guarded(
          'audit export',
          async () =>
            (
              await pool.query<TxRow>(
                `SELECT * FROM audit_tx WHERE started_ms >= $1 AND (started_ms, tx_id) > ($2, $3)
                   ORDER BY started_ms, tx_id LIMIT $4`,
                [since?.getTime() ?? 0, after[0], after[1], EXPORT_PAGE],
              )
            ).rows,
          logger,
        );
        yield* await guarded('audit export', () => withOps(rows), logger);
        if (rows.length < EXPORT_PAGE) return;
        const last = rows.at(-1)!;
        after = [last.started_ms, last.tx_id];
      }
    },
  };
}

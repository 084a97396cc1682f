// The durable audit trail. Each write is its own committed transaction before the call proceeds;
// a completion carries the call's last op rows in the same transaction (one commit, not two);
// if a write fails the caller gets ToolError 'AuditUnavailable' and must not run (or must not report
// success for) the call: no call goes unrecorded silently.

import type { Database, Statement } from 'better-sqlite3';
import { ToolError } from '../errors/tool-error.js';
import { uuidv7 } from './ids.js';
import { opColumns, txEndColumns, txStartColumns } from './columns.js';
import { migrate } from './schema.js';
import type { AuditEntry, OpRecord, TxEnd, TxStart } from './types.js';
import { rowToEntry, rowToOp, type OpRow, type TxRow } from './rows.js';

/** After a write found the database locked, later writes try once without waiting for this long. */
const LOCKED_BACKOFF_MS = 2000;

export interface AuditStoreOptions {
  /** Longest JSON kept for a request or response summary (longer ones are cut, after redaction). */
  readonly maxSummaryChars?: number;
  readonly now?: () => number;
  readonly logger?: { error(msg: string, fields?: object): void };
}

export interface AuditQuery {
  readonly since?: Date;
  readonly txId?: string;
  readonly limit?: number;
}

export class AuditStore {
  private readonly now: () => number;
  private readonly maxChars: number;
  private readonly stmts: Record<'begin' | 'op' | 'complete' | 'nextSeq' | 'opsOf', Statement>;
  private readonly busyTimeoutMs: number;
  /** Until then the database was last seen locked by another process: do not wait for it again. */
  private lockedUntil = 0;

  constructor(
    private readonly db: Database,
    private readonly opts: AuditStoreOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.maxChars = opts.maxSummaryChars ?? 8192;
    this.busyTimeoutMs = db.pragma('busy_timeout', { simple: true }) as number;
    this.guard('open', () => migrate(db));
    this.stmts = this.guard('open', () => ({
      begin: db.prepare(
        `INSERT INTO audit_tx (tx_id, started_ms, tool, action, session_id, principal, client_id, service,
           operation, region, account, role_arn, model_commit, policy_hash, risk, decision, rule, decision_reason,
           approval, status, request, parent_tx_id)
         VALUES (@txId, @now, @tool, @action, @sessionId, @principal, @clientId, @service, @operation,
           @region, @account, @roleArn, @modelCommit, @policyHash, @risk, @effect, @rule, @reason, @approval,
           'started', @request, @parentTxId)`,
      ),
      op: db.prepare(
        `INSERT INTO audit_op (op_id, tx_id, seq, at_ms, kind, operation, attempt, region, http_status,
           aws_request_id, error_code, duration_ms)
         VALUES (@opId, @txId, @seq, @now, @kind, @operation, @attempt, @region, @httpStatus,
           @awsRequestId, @errorCode, @durationMs)`,
      ),
      nextSeq: db.prepare(`SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM audit_op WHERE tx_id = ?`),
      complete: db.prepare(
        `UPDATE audit_tx SET completed_ms = @now, status = @status,
           account = COALESCE(@account, account), risk = COALESCE(@risk, risk),
           decision = COALESCE(@effect, decision), rule = COALESCE(@rule, rule),
           decision_reason = COALESCE(@reason, decision_reason), approval = COALESCE(@approval, approval),
           aws_request_id = @awsRequestId, http_status = @httpStatus, error_code = @errorCode,
           error_message = @errorMessage, response = @response, user_agent = @userAgent
         WHERE tx_id = @txId AND status = 'started'`,
      ),
      opsOf: db.prepare(`SELECT * FROM audit_op WHERE tx_id = ? ORDER BY seq`),
    }));
  }

  /** Records the start of a tool call and returns its tx_id. Committed before this returns. */
  begin(start: TxStart): string {
    const now = this.now();
    const txId = uuidv7(now);
    this.guard('begin', () => this.stmts.begin.run(txStartColumns(start, txId, now, this.maxChars)));
    return txId;
  }

  /** Records one AWS request (page, retry, poll) of a transaction and returns its op_id. */
  op(txId: string, op: OpRecord): string {
    return this.guard('op', () => this.db.transaction(() => this.insertOps(txId, [op])).immediate())[0]!;
  }

  /**
   * Records how a transaction ended, with `ops` (requests not recorded yet) in the same
   * transaction: all of it is written or none. A transaction is completed once. Returns the ops' ids.
   */
  complete(txId: string, end: TxEnd, ops: readonly OpRecord[] = []): string[] {
    const written = this.guard('complete', () =>
      this.db
        .transaction(() => {
          const row = txEndColumns(end, txId, this.now(), this.maxChars);
          if (this.stmts.complete.run(row).changes !== 1) return undefined;
          return this.insertOps(txId, ops);
        })
        .immediate(),
    );
    if (written === undefined) {
      throw new ToolError(
        'AuditUnavailable',
        'The audit record of this call was not found or already completed.',
        {
          hint: 'This is a server bug; report it with the tx_id.',
          details: { txId },
        },
      );
    }
    return written;
  }

  /** Inserts op rows after the transaction's last one (inside the caller's transaction). */
  private insertOps(txId: string, ops: readonly OpRecord[]): string[] {
    if (ops.length === 0) return [];
    let { seq } = this.stmts.nextSeq.get(txId) as { seq: number };
    return ops.map((op) => {
      const now = op.atMs ?? this.now();
      const opId = op.opId ?? uuidv7(now);
      this.stmts.op.run({ ...opColumns(op, opId, txId, now), seq: seq++ });
      return opId;
    });
  }

  /** Transactions, oldest first, with their operations. */
  list(q: AuditQuery = {}): AuditEntry[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (q.since) {
      where.push('started_ms >= @since');
      params.since = q.since.getTime();
    }
    if (q.txId) {
      where.push('tx_id = @txId');
      params.txId = q.txId;
    }
    const sql =
      `SELECT * FROM (SELECT * FROM audit_tx ${where.length ? `WHERE ${where.join(' AND ')}` : ''}` +
      ` ORDER BY started_ms DESC, tx_id DESC LIMIT @limit) ORDER BY started_ms, tx_id`;
    params.limit = q.limit ?? 1000;
    const rows = this.db.prepare(sql).all(params) as TxRow[];
    return rows.map((r) => rowToEntry(r, (this.stmts.opsOf.all(r.tx_id) as OpRow[]).map(rowToOp)));
  }

  get(txId: string): AuditEntry | undefined {
    return this.list({ txId, limit: 1 })[0];
  }

  /**
   * Runs one write, mapping any failure to AuditUnavailable. Writes are synchronous: while another
   * process holds the write lock each one would stall the whole server for the busy timeout, so
   * after one found the lock held, the next ones (for LOCKED_BACKOFF_MS) try once without waiting.
   */
  private guard<T>(what: string, fn: () => T): T {
    const failFast = this.now() < this.lockedUntil;
    if (failFast) this.db.pragma('busy_timeout = 0');
    try {
      const result = fn();
      this.lockedUntil = 0;
      return result;
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        this.lockedUntil = this.now() + LOCKED_BACKOFF_MS;
      }
      this.opts.logger?.error('audit write failed', { step: what, error: (e as Error).message });
      throw new ToolError(
        'AuditUnavailable',
        'The audit trail could not be written, so the call was stopped.',
        {
          hint:
            code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
              ? 'Another process holds the audit database (AUDIT_DB_PATH) locked; retry when it is released.'
              : 'Check that AUDIT_DB_PATH is writable and its disk has space, then retry.',
        },
      );
    } finally {
      if (failFast) this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
    }
  }
}

// Confirmation tokens in SQLite (the audit database, so a restart keeps pending approvals).
// Only a sha256 of each token is stored. Redemption is one guarded DELETE ... RETURNING: whatever
// the number of concurrent connections or processes, exactly one redemption of a token succeeds.
// Expired rows are purged lazily, on issue and on redeem. A token is bound to the caller it was
// issued to (principal and session, as the MCP layer names them) by exact equality: a token
// issued without a caller binding redeems only for a caller without one, never as a wildcard.
// Payloads are bound by a keyed hash (payloadHash), the key kept in a file beside the database.

import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { hashPayload } from './canonical-json.js';
import { loadPayloadKey, payloadKeyPath } from './payload-key.js';
import type { ApprovalMode, ApprovalRequest } from './types.js';

export interface IssuedToken {
  readonly token: string;
  readonly approvalId: string;
  readonly expiresAt: number;
}

export interface StoredApproval {
  readonly approvalId: string;
  readonly request: ApprovalRequest;
  readonly mode: ApprovalMode;
  readonly state: 'pending' | 'approved';
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly approvedAt?: number;
  readonly approvedBy?: string;
}

/** A new pending request: stored, and answered with its token. */
export interface IssueInput {
  readonly request: ApprovalRequest;
  readonly payloadHash: string;
  readonly sessionId?: string;
  readonly mode: ApprovalMode;
  readonly ttlSeconds: number;
  readonly now: number;
}

/** What a redemption is checked against: the exact request being invoked now. */
export interface RedeemBinding {
  readonly service: string;
  readonly operation: string;
  readonly region: string;
  readonly account?: string;
  readonly payloadHash: string;
  readonly sessionId?: string;
  /** True when a person must have run `approve <id>` before the token is accepted. */
  readonly requireOutOfBand: boolean;
}

export type RedeemResult =
  | { readonly ok: true; readonly approval: StoredApproval }
  | {
      readonly ok: false;
      readonly reason: 'unknown' | 'expired' | 'mismatch' | 'session' | 'pending';
      readonly approval?: StoredApproval;
    };

/** A stored approval as both SQLite and PostgreSQL return it (times in epoch ms). */
export interface ApprovalRow {
  id: string;
  service: string;
  operation: string;
  region: string;
  account: string;
  payload_hash: string;
  session_id: string | null;
  key_parameters: string;
  mode: ApprovalMode;
  state: 'pending' | 'approved';
  created_at: number;
  expires_at: number;
  approved_at: number | null;
  approved_by: string | null;
}

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

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toApproval(row: ApprovalRow): StoredApproval {
  return {
    approvalId: row.id,
    request: {
      service: row.service,
      operation: row.operation,
      region: row.region,
      ...(row.account ? { account: row.account } : {}),
      keyParameters: JSON.parse(row.key_parameters) as Record<string, unknown>,
    },
    mode: row.mode,
    state: row.state,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.approved_at !== null ? { approvedAt: row.approved_at } : {}),
    ...(row.approved_by !== null ? { approvedBy: row.approved_by } : {}),
  };
}

/** Why a redemption that matched no row failed, from the token's row (if any) as it is now. */
export function diagnoseRedeem(
  row: ApprovalRow | undefined,
  b: RedeemBinding,
  now: number,
): RedeemResult & { ok: false } {
  if (!row) return { ok: false, reason: 'unknown' };
  const approval = toApproval(row);
  if (row.expires_at <= now) return { ok: false, reason: 'expired', approval };
  const same =
    row.service === b.service &&
    row.operation === b.operation &&
    row.region === b.region &&
    row.account === (b.account ?? '') &&
    row.payload_hash === b.payloadHash;
  if (!same) return { ok: false, reason: 'mismatch', approval };
  if (row.session_id !== (b.sessionId ?? '')) {
    return { ok: false, reason: 'session', approval };
  }
  if (row.state !== 'approved' && (b.requireOutOfBand || row.mode === 'out-of-band')) {
    return { ok: false, reason: 'pending', approval };
  }
  // The row matched in every respect, so a concurrent redemption took it first.
  return { ok: false, reason: 'unknown' };
}

/** A fresh token (shown once) and the id a person approves it by. */
export function newApprovalToken(): { token: string; approvalId: string } {
  return {
    token: `ct_${randomBytes(32).toString('base64url')}`,
    approvalId: `apr_${randomBytes(6).toString('hex')}`,
  };
}

export class ApprovalStore {
  private readonly stmts;
  private readonly payloadKey: Buffer;

  /**
   * `db` is an open better-sqlite3 connection (WAL, busy_timeout set); the table is created if
   * absent. The payload key is read from beside the database file (created on first use).
   */
  constructor(private readonly db: Database) {
    this.payloadKey = loadPayloadKey(payloadKeyPath(db.name));
    db.exec(SCHEMA);
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO approvals (id, token_hash, service, operation, region, account, payload_hash, session_id,
           key_parameters, mode, state, created_at, expires_at)
         VALUES (@id, @tokenHash, @service, @operation, @region, @account, @payloadHash, @sessionId,
           @keyParameters, @mode, 'pending', @now, @expiresAt)`,
      ),
      redeem: db.prepare<Record<string, unknown>, ApprovalRow>(
        `DELETE FROM approvals
          WHERE token_hash = @tokenHash AND expires_at > @now
            AND service = @service AND operation = @operation AND region = @region AND account = @account
            AND payload_hash = @payloadHash
            AND session_id = @sessionId
            AND (state = 'approved' OR (@requireOutOfBand = 0 AND mode != 'out-of-band'))
          RETURNING *`,
      ),
      byToken: db.prepare<[string], ApprovalRow>(`SELECT * FROM approvals WHERE token_hash = ?`),
      byId: db.prepare<[string], ApprovalRow>(`SELECT * FROM approvals WHERE id = ?`),
      approve: db.prepare(
        `UPDATE approvals SET state = 'approved', approved_at = @now, approved_by = @by
          WHERE id = @id AND state = 'pending' AND expires_at > @now`,
      ),
      reject: db.prepare(`DELETE FROM approvals WHERE id = ?`),
      pending: db.prepare<[number], ApprovalRow>(
        `SELECT * FROM approvals WHERE expires_at > ? ORDER BY created_at`,
      ),
      purge: db.prepare(`DELETE FROM approvals WHERE expires_at <= ?`),
    };
  }

  /** The keyed hash a payload is bound by (the same in every process sharing this database). */
  payloadHash(payload: unknown): string {
    return hashPayload(payload, this.payloadKey);
  }

  /** Stores a new pending request and returns its token (shown once, never stored in clear). */
  issue(input: IssueInput): IssuedToken {
    this.purgeExpired(input.now);
    const issued = newIssuedToken(input);
    this.stmts.insert.run(pendingRowColumns(input, issued));
    return issued;
  }

  /** Consumes the token if, and only if, it matches the binding; otherwise says why not. */
  redeem(token: string, binding: RedeemBinding, now: number): RedeemResult {
    const tokenHash = hashToken(token);
    const row = this.stmts.redeem.get({
      tokenHash,
      now,
      service: binding.service,
      operation: binding.operation,
      region: binding.region,
      account: binding.account ?? '',
      payloadHash: binding.payloadHash,
      sessionId: binding.sessionId ?? '',
      requireOutOfBand: binding.requireOutOfBand ? 1 : 0,
    });
    if (row) return { ok: true, approval: toApproval(row) };
    const failed = this.diagnose(tokenHash, binding, now);
    this.purgeExpired(now);
    return failed;
  }

  private diagnose(tokenHash: string, b: RedeemBinding, now: number): RedeemResult & { ok: false } {
    return diagnoseRedeem(this.stmts.byToken.get(tokenHash), b, now);
  }

  /** Marks a pending request approved by a person (out-of-band); false if unknown or expired. */
  approve(approvalId: string, by: string, now: number): boolean {
    return this.stmts.approve.run({ id: approvalId, by, now }).changes === 1;
  }

  /** Withdraws a request (a person said no): its token can no longer be redeemed. */
  reject(approvalId: string): boolean {
    return this.stmts.reject.run(approvalId).changes === 1;
  }

  get(approvalId: string): StoredApproval | undefined {
    const row = this.stmts.byId.get(approvalId);
    return row ? toApproval(row) : undefined;
  }

  /** Unexpired requests, oldest first (both pending and approved-but-not-yet-redeemed). */
  open(now: number): StoredApproval[] {
    return this.stmts.pending.all(now).map(toApproval);
  }

  purgeExpired(now: number): number {
    return this.stmts.purge.run(now).changes;
  }
}

/** A new token for a pending request, and when it expires. */
export function newIssuedToken(input: IssueInput): IssuedToken {
  const { token, approvalId } = newApprovalToken();
  return { token, approvalId, expiresAt: input.now + input.ttlSeconds * 1000 };
}

/** The column values of a pending request's row, as every store writes them (named like the SQL parameters). */
export function pendingRowColumns(input: IssueInput, issued: IssuedToken): Record<string, string | number> {
  return {
    id: issued.approvalId,
    tokenHash: hashToken(issued.token),
    service: input.request.service,
    operation: input.request.operation,
    region: input.request.region,
    account: input.request.account ?? '',
    payloadHash: input.payloadHash,
    sessionId: input.sessionId ?? '',
    keyParameters: JSON.stringify(input.request.keyParameters),
    mode: input.mode,
    now: input.now,
    expiresAt: issued.expiresAt,
  };
}

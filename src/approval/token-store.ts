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
import { ensureApprovalsTable } from './approvals-schema.js';
import { loadPayloadKey, payloadKeyPath } from './payload-key.js';
import type { ApprovalMode, ApprovalRequest, DecidedVia, FourEyes } from './types.js';

export interface IssuedToken {
  readonly token: string;
  readonly approvalId: string;
  readonly expiresAt: number;
}

export interface StoredApproval {
  readonly approvalId: string;
  readonly request: ApprovalRequest;
  readonly mode: ApprovalMode;
  readonly state: 'pending' | 'approved' | 'denied';
  readonly createdAt: number;
  readonly expiresAt: number;
  /** When and by whom the request was decided (approved, or denied when `state` says so). */
  readonly approvedAt?: number;
  readonly approvedBy?: string;
  readonly decidedVia?: DecidedVia;
  /** Present when the policy names approvers: only they may decide, never the requester. */
  readonly fourEyes?: FourEyes;
}

/** A person's decision on a pending request. */
export interface ApprovalDecisionInput {
  readonly by: string;
  readonly via: DecidedVia;
  readonly now: number;
}

/** A new pending request: stored, and answered with its token. */
export interface IssueInput {
  readonly request: ApprovalRequest;
  readonly payloadHash: string;
  readonly sessionId?: string;
  readonly mode: ApprovalMode;
  readonly ttlSeconds: number;
  readonly now: number;
  readonly fourEyes?: FourEyes;
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
      readonly reason: 'unknown' | 'expired' | 'mismatch' | 'session' | 'pending' | 'denied';
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
  state: 'pending' | 'approved' | 'denied';
  created_at: number;
  expires_at: number;
  approved_at: number | null;
  approved_by: string | null;
  /** JSON of FourEyes, or null (added by a later migration: absent in rows read before it). */
  four_eyes?: string | null;
  decided_via?: DecidedVia | null;
}

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
    ...(row.decided_via ? { decidedVia: row.decided_via } : {}),
    ...(row.four_eyes ? { fourEyes: JSON.parse(row.four_eyes) as FourEyes } : {}),
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
  if (row.state === 'denied') return { ok: false, reason: 'denied', approval };
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
    ensureApprovalsTable(db);
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO approvals (id, token_hash, service, operation, region, account, payload_hash, session_id,
           key_parameters, mode, state, created_at, expires_at, four_eyes)
         VALUES (@id, @tokenHash, @service, @operation, @region, @account, @payloadHash, @sessionId,
           @keyParameters, @mode, 'pending', @now, @expiresAt, @fourEyes)`,
      ),
      redeem: db.prepare<Record<string, unknown>, ApprovalRow>(
        `DELETE FROM approvals
          WHERE token_hash = @tokenHash AND expires_at > @now
            AND service = @service AND operation = @operation AND region = @region AND account = @account
            AND payload_hash = @payloadHash
            AND session_id = @sessionId AND state <> 'denied'
            AND (state = 'approved' OR (@requireOutOfBand = 0 AND mode != 'out-of-band'))
          RETURNING *`,
      ),
      byToken: db.prepare<[string], ApprovalRow>(`SELECT * FROM approvals WHERE token_hash = ?`),
      byId: db.prepare<[string], ApprovalRow>(`SELECT * FROM approvals WHERE id = ?`),
      decide: db.prepare(DECIDE),
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

  /**
   * Records a person's decision on a pending request (out-of-band); false if it is unknown,
   * expired or already decided: of concurrent decisions exactly one wins (one guarded UPDATE).
   */
  decide(approvalId: string, state: 'approved' | 'denied', d: ApprovalDecisionInput): boolean {
    return this.stmts.decide.run({ id: approvalId, state, by: d.by, via: d.via, now: d.now }).changes === 1;
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

/** The one guarded UPDATE that decides a pending request (SQLite and PostgreSQL alike). */
export const DECIDE = `UPDATE approvals SET state = @state, approved_at = @now, approved_by = @by, decided_via = @via
  WHERE id = @id AND state = 'pending' AND expires_at > @now`;

/** A new token for a pending request, and when it expires. */
export function newIssuedToken(input: IssueInput): IssuedToken {
  const { token, approvalId } = newApprovalToken();
  return { token, approvalId, expiresAt: input.now + input.ttlSeconds * 1000 };
}

/** The column values of a pending request's row, as every store writes them (named like the SQL parameters). */
export function pendingRowColumns(
  input: IssueInput,
  issued: IssuedToken,
): Record<string, string | number | null> {
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
    fourEyes: input.fourEyes ? JSON.stringify(input.fourEyes) : null,
  };
}

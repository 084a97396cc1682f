// The ports for state that every instance of the server must share: confirmation tokens and
// pending out-of-band approvals, the single-use nonces of approval questions, the negotiated state
// of 2025-era HTTP sessions, per-person rate-limit counters, and the audit trail. Callers see only
// these interfaces; SQLite (one machine, the default) and PostgreSQL (many instances) implement
// them, and one contract suite (test/integration/state) holds every implementation to the same
// guarantees.
// Every method is async: a networked store answers later. A store that cannot be reached rejects
// with ToolError 'StateUnavailable' (the audit trail: 'AuditUnavailable' or 'StateUnavailable'),
// never with a silent success.

import type {
  ApprovalDecisionInput,
  IssuedToken,
  IssueInput,
  RedeemBinding,
  RedeemResult,
  StoredApproval,
} from '../approval/token-store.js';
import type { AuditQuery } from '../audit/audit-store.js';
import type { ExportQuery } from '../audit/export.js';
import type { AuditEntry, OpRecord, TxEnd, TxStart } from '../audit/types.js';

/** Confirmation tokens and the pending approvals behind them. A token redeems exactly once. */
export interface ApprovalTokens {
  /** The keyed hash a payload is bound by: the same in every instance sharing this store. */
  payloadHash(payload: unknown): string;
  issue(input: IssueInput): Promise<IssuedToken>;
  /** Consumes the token if, and only if, it matches the binding; otherwise says why not. */
  redeem(token: string, binding: RedeemBinding, now: number): Promise<RedeemResult>;
  /**
   * A person approved or denied the pending request (out-of-band): true for exactly one decision;
   * false if it is unknown, expired or already decided. A denied token never redeems.
   */
  decide(approvalId: string, state: 'approved' | 'denied', decision: ApprovalDecisionInput): Promise<boolean>;
  /** Withdraws the request whatever its state: the token can no longer be redeemed. */
  reject(approvalId: string): Promise<boolean>;
  get(approvalId: string): Promise<StoredApproval | undefined>;
  /** Unexpired requests, oldest first. */
  open(now: number): Promise<StoredApproval[]>;
}

/** Single-use nonces of outstanding approval questions (the request state sealed around them). */
export interface ApprovalNonceStore {
  /** Records a nonce, answerable once until `expiresAt` (epoch ms). */
  add(nonce: string, expiresAt: number): Promise<void>;
  /** True exactly once per added nonce, and only before it expires; the nonce is gone after. */
  redeem(nonce: string, now: number): Promise<boolean>;
  /** Removes the nonce whatever its expiry; true if it was still there (never redeemed). */
  withdraw(nonce: string): Promise<boolean>;
}

/** What a 2025-era HTTP session negotiated at initialize: all another instance needs to serve it. */
export interface SessionRecord {
  readonly protocolVersion: string;
  readonly clientCapabilities: Readonly<Record<string, unknown>>;
  readonly clientInfo?: Readonly<Record<string, unknown>>;
  /** principalKey() of who opened it (authenticated HTTP): nobody else may use it. */
  readonly owner?: string;
}

export interface SessionStore {
  /** Creates or replaces the record of a session, kept until `expiresAt` unless touched. */
  save(id: string, record: SessionRecord, expiresAt: number): Promise<void>;
  /** The session's record, if it exists and has not expired at `now`. */
  load(id: string, now: number): Promise<SessionRecord | undefined>;
  /** Extends a live session; false if it is unknown or expired. */
  touch(id: string, expiresAt: number, now: number): Promise<boolean>;
  remove(id: string): Promise<void>;
  /**
   * Leaves the client's answer to a request the server sent in session `id` (`requestKey`: the
   * JSON-RPC id, JSON-encoded) for the instance that sent it, which collects it; kept until `expiresAt`.
   * The first answer left for a request is the one kept: another, while it waits, is ignored.
   */
  relay(id: string, requestKey: string, message: unknown, expiresAt: number): Promise<void>;
  /** Takes the relayed answers to these requests of session `id`: each is taken once, by one caller. */
  collect(id: string, requestKeys: readonly string[], now: number): Promise<unknown[]>;
}

/**
 * Per-person rate-limit counters (policy/rate-limit.ts reads them through its own port of the same
 * shape): window counters added to atomically, and in-flight slots held as leases that lapse.
 */
export interface RateCounterStore {
  /** Adds `delta` to `key` (created at 0, forgotten `ttlMs` after creation); the new value. */
  add(key: string, delta: number, ttlMs: number): Promise<number>;
  /** A new lease on one of `max` slots of `key`, or undefined when `max` live leases hold them. */
  acquire(key: string, max: number, leaseMs: number): Promise<string | undefined>;
  /** Extends a live lease to `leaseMs` from now. */
  renew(key: string, lease: string, leaseMs: number): Promise<void>;
  release(key: string, lease: string): Promise<void>;
}

/** The durable record of every call. Each write is committed before it resolves. */
export interface AuditTrail {
  /** Records the start of a call; resolves to its tx_id once committed. */
  begin(start: TxStart): Promise<string>;
  /** Records one AWS request of a transaction; resolves to its op_id. */
  op(txId: string, op: OpRecord): Promise<string>;
  /**
   * Records how a transaction ended; a transaction is completed once. `ops`, requests of it not
   * recorded yet, are written with it in the same commit (all or nothing), numbered after the
   * ones recorded; resolves to their op_ids.
   */
  complete(txId: string, end: TxEnd, ops?: readonly OpRecord[]): Promise<string[]>;
  /** The most recent `limit` transactions (default 1000) matching, oldest first, with their ops. */
  list(query?: AuditQuery): Promise<AuditEntry[]>;
  get(txId: string): Promise<AuditEntry | undefined>;
  /** Every matching transaction (the `audit` command's filters), oldest first, read page by page. */
  export(query?: ExportQuery): AsyncIterable<AuditEntry>;
}

/** All the shared state of one server, from one store. */
export interface StateStore {
  readonly kind: 'sqlite' | 'postgres';
  readonly approvals: ApprovalTokens;
  readonly nonces: ApprovalNonceStore;
  readonly sessions: SessionStore;
  readonly rateCounters: RateCounterStore;
  readonly audit: AuditTrail;
  /**
   * The key approval-question state is sealed with: the same on every instance sharing this store
   * (derived from the approval key file), so the instance that receives an answer can check it.
   */
  readonly sealKey: Buffer;
  close(): Promise<void>;
}

// What the audit trail records: one transaction per tool call that reaches execute (tx), one
// operation per AWS request inside it (op: each page, retry or waiter poll).

import type { RedactContext } from '../redaction/redact.js';

export type AuditStatus =
  | 'started'
  | 'succeeded'
  | 'failed'
  | 'denied'
  | 'approval-required'
  | 'declined'
  | 'approval-timeout'
  | 'cancelled'
  | 'validated';

export interface AuditDecision {
  readonly effect: string;
  readonly rule?: string;
  readonly reason?: string;
}

/** Approval evidence as produced by approval/ (kept structural: audit/ is a leaf). */
export interface AuditApproval {
  readonly method: string;
  readonly approvalId?: string;
  readonly approvedAt?: string;
  readonly approvedBy?: string;
  readonly [key: string]: unknown;
}

export interface TxStart {
  readonly tool?: string;
  readonly action?: string;
  readonly sessionId?: string;
  /** The script or batch this call ran inside (its tx_id). */
  readonly parentTxId?: string;
  /** Who called, as one stable string (`principalKey`): `local:<user>` or `<issuer>#<subject>`. */
  readonly principal?: string;
  /** The OAuth client the person's token was issued to (`azp`/`client_id`), when known. */
  readonly clientId?: string;
  readonly service: string;
  readonly operation: string;
  readonly region?: string;
  readonly account?: string;
  /** The IAM role the call ran as (options.roleArn, or the one the person's identity rule assigns). */
  readonly roleArn?: string;
  readonly modelCommit?: string;
  readonly policyHash?: string;
  readonly risk?: string;
  readonly decision?: AuditDecision;
  readonly approval?: AuditApproval;
  /** The payload; stored redacted. */
  readonly request?: unknown;
  /** The model and input shape, so the model's sensitive members are redacted too. */
  readonly redaction?: RedactContext;
}

export interface OpRecord {
  /**
   * `call`, `page`, `dry-run`, `waiter-poll`, `endpoint-discovery`, or the server's own credential
   * path: `credential` (sts:AssumeRole for options.roleArn), `account` (sts:GetCallerIdentity).
   */
  readonly kind: string;
  /** Its id, when the caller names the op before its row is written; default a new UUIDv7. */
  readonly opId?: string;
  /** `service:Operation` actually sent (a waiter polls another operation than the call's). */
  readonly operation?: string;
  /** When the request was made, if before the record is written (epoch ms); default now. */
  readonly atMs?: number;
  readonly attempt?: number;
  readonly region?: string;
  readonly httpStatus?: number;
  readonly awsRequestId?: string;
  readonly errorCode?: string;
  readonly durationMs?: number;
}

export interface TxEnd {
  readonly status: Exclude<AuditStatus, 'started'>;
  readonly account?: string;
  readonly risk?: string;
  readonly decision?: AuditDecision;
  readonly approval?: AuditApproval;
  readonly awsRequestId?: string;
  readonly httpStatus?: number;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  /**
   * The User-Agent the call's AWS requests carried. CloudTrail keeps it in each event's
   * `userAgent`; its `md/tx_id#<tx_id>` token finds this call's events there.
   */
  readonly userAgent?: string;
  /** A summary of the output; stored redacted and cut to the store's size limit. */
  readonly response?: unknown;
  /** The model and output shape, so the model's sensitive members are redacted too. */
  readonly redaction?: RedactContext;
}

export interface AuditOp extends OpRecord {
  readonly opId: string;
  readonly seq: number;
  readonly at: string;
}

/** A stored transaction: what `begin` recorded (request already redacted) plus how it ended. */
export interface AuditEntry extends Omit<TxStart, 'redaction'> {
  readonly txId: string;
  readonly startedAt: string;
  readonly completedAt?: string;
  readonly durationMs?: number;
  readonly status: AuditStatus;
  readonly awsRequestId?: string;
  readonly httpStatus?: number;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  /** See TxEnd.userAgent: how to find the call in CloudTrail. */
  readonly userAgent?: string;
  readonly response?: unknown;
  readonly ops: readonly AuditOp[];
}

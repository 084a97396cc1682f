// What the audit trail records: one transaction per tool call that reaches execute (tx), one
// operation per AWS request inside it (op: each page, retry or waiter poll).

import type { RedactionRules } from './redact.js';

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
  readonly service: string;
  readonly operation: string;
  readonly region?: string;
  readonly account?: string;
  readonly modelCommit?: string;
  readonly policyHash?: string;
  readonly risk?: string;
  readonly decision?: AuditDecision;
  readonly approval?: AuditApproval;
  /** The payload; stored redacted. */
  readonly request?: unknown;
  /** Sensitive members of this operation's input (computed by the caller from the model). */
  readonly redaction?: RedactionRules;
}

export interface OpRecord {
  /** `call`, `page`, `retry`, `wait`... */
  readonly kind: string;
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
  /** A summary of the output; stored redacted and cut to the store's size limit. */
  readonly response?: unknown;
  /** Sensitive members of this operation's output. */
  readonly redaction?: RedactionRules;
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
  readonly response?: unknown;
  readonly ops: readonly AuditOp[];
}

// Database rows <-> audit entries: the one place that knows the column names.

import type { AuditEntry, AuditOp, AuditStatus } from './types.js';

export interface TxRow {
  tx_id: string;
  started_ms: number;
  completed_ms: number | null;
  tool: string | null;
  action: string | null;
  session_id: string | null;
  principal: string | null;
  client_id?: string | null;
  role_arn?: string | null;
  service: string;
  operation: string;
  region: string | null;
  account: string | null;
  model_commit: string | null;
  policy_hash: string | null;
  risk: string | null;
  decision: string | null;
  rule: string | null;
  decision_reason: string | null;
  approval: string | null;
  status: AuditStatus;
  aws_request_id: string | null;
  http_status: number | null;
  error_code: string | null;
  error_message: string | null;
  user_agent: string | null;
  request: string | null;
  response: string | null;
  parent_tx_id: string | null;
}

export interface OpRow {
  op_id: string;
  tx_id: string;
  seq: number;
  at_ms: number;
  kind: string;
  operation: string | null;
  attempt: number | null;
  region: string | null;
  http_status: number | null;
  aws_request_id: string | null;
  error_code: string | null;
  duration_ms: number | null;
}

/** Copies only the non-null columns, renamed. */
function present<T extends Record<string, unknown>>(
  pairs: T,
): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(pairs).filter(([, v]) => v !== null && v !== undefined)) as never;
}

export function rowToOp(r: OpRow): AuditOp {
  return {
    opId: r.op_id,
    seq: r.seq,
    at: new Date(r.at_ms).toISOString(),
    kind: r.kind,
    ...present({
      operation: r.operation,
      attempt: r.attempt,
      region: r.region,
      httpStatus: r.http_status,
      awsRequestId: r.aws_request_id,
      errorCode: r.error_code,
      durationMs: r.duration_ms,
    }),
  };
}

export function rowToEntry(r: TxRow, ops: AuditOp[]): AuditEntry {
  return {
    txId: r.tx_id,
    startedAt: new Date(r.started_ms).toISOString(),
    service: r.service,
    operation: r.operation,
    status: r.status,
    ...present({
      completedAt: r.completed_ms === null ? null : new Date(r.completed_ms).toISOString(),
      durationMs: r.completed_ms === null ? null : r.completed_ms - r.started_ms,
      tool: r.tool,
      action: r.action,
      sessionId: r.session_id,
      parentTxId: r.parent_tx_id,
      principal: r.principal,
      clientId: r.client_id ?? null,
      region: r.region,
      account: r.account,
      roleArn: r.role_arn ?? null,
      modelCommit: r.model_commit,
      policyHash: r.policy_hash,
      risk: r.risk,
      decision:
        r.decision === null
          ? null
          : { effect: r.decision, ...present({ rule: r.rule, reason: r.decision_reason }) },
      approval: r.approval === null ? null : (JSON.parse(r.approval) as AuditEntry['approval']),
      awsRequestId: r.aws_request_id,
      httpStatus: r.http_status,
      errorCode: r.error_code,
      errorMessage: r.error_message,
      userAgent: r.user_agent,
      request: r.request === null ? null : (JSON.parse(r.request) as unknown),
      response: r.response === null ? null : (JSON.parse(r.response) as unknown),
    }),
    ops,
  };
}

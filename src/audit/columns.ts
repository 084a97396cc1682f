// The column values of audit rows, as every store writes them (named like the SQL parameters):
// the one place that turns a TxStart, OpRecord or TxEnd into what is stored, redaction included.

import { redactedJson } from './redact.js';
import type { OpRecord, TxEnd, TxStart } from './types.js';

export type Columns = Record<string, string | number | null>;

export function txStartColumns(start: TxStart, txId: string, now: number, maxChars: number): Columns {
  return {
    txId,
    now,
    tool: start.tool ?? null,
    action: start.action ?? null,
    sessionId: start.sessionId ?? null,
    principal: start.principal ?? null,
    clientId: start.clientId ?? null,
    service: start.service,
    operation: start.operation,
    region: start.region ?? null,
    account: start.account ?? null,
    roleArn: start.roleArn ?? null,
    modelCommit: start.modelCommit ?? null,
    policyHash: start.policyHash ?? null,
    risk: start.risk ?? null,
    effect: start.decision?.effect ?? null,
    rule: start.decision?.rule ?? null,
    reason: start.decision?.reason ?? null,
    approval: start.approval ? JSON.stringify(start.approval) : null,
    request: redactedJson(start.request, start.redaction ?? {}, maxChars),
    parentTxId: start.parentTxId ?? null,
  };
}

export function opColumns(op: OpRecord, opId: string, txId: string, now: number): Columns {
  return {
    opId,
    txId,
    now,
    kind: op.kind,
    operation: op.operation ?? null,
    attempt: op.attempt ?? null,
    region: op.region ?? null,
    httpStatus: op.httpStatus ?? null,
    awsRequestId: op.awsRequestId ?? null,
    errorCode: op.errorCode ?? null,
    durationMs: op.durationMs ?? null,
  };
}

export function txEndColumns(end: TxEnd, txId: string, now: number, maxChars: number): Columns {
  return {
    txId,
    now,
    status: end.status,
    account: end.account ?? null,
    risk: end.risk ?? null,
    effect: end.decision?.effect ?? null,
    rule: end.decision?.rule ?? null,
    reason: end.decision?.reason ?? null,
    approval: end.approval ? JSON.stringify(end.approval) : null,
    awsRequestId: end.awsRequestId ?? null,
    httpStatus: end.httpStatus ?? null,
    errorCode: end.errorCode ?? null,
    errorMessage: end.errorMessage ?? null,
    userAgent: end.userAgent ?? null,
    response: redactedJson(end.response, end.redaction ?? {}, maxChars),
  };
}

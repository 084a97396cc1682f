// What a tool call's span and metrics say, from what the MCP boundary sees: the tool, who called,
// the call's service, operation and region (aws_execute and aws_get_operation_schema input), and
// its outcome. The policy decision is read from the outcome: a call that ran or validated was
// allowed, PolicyDenied was a denial, ConfirmationRequired asked for an approval.

import type { ToolCallInfo, ToolCallResultLike } from './telemetry.js';

export type Decision = 'allow' | 'deny' | 'approval-required';

export interface CallAttributes {
  readonly tool: string;
  readonly principal: string;
  readonly service?: string;
  readonly operation?: string;
  readonly region?: string;
  /** `ok`, or the ToolError code the call ended with. */
  readonly status: string;
  readonly decision?: Decision;
  /** How an approval was given, when one was needed and given. */
  readonly approval?: string;
  readonly txId?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Readonly<Record<string, unknown>> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

const DECISION_OF_ERROR: Readonly<Record<string, Decision>> = {
  PolicyDenied: 'deny',
  ConfirmationRequired: 'approval-required',
  ApprovalDeclined: 'approval-required',
  ApprovalTimeout: 'approval-required',
};

/** Errors that come before or instead of a decision (bad input, models syncing...): none. */
function decisionOf(tool: string, status: string, executed: boolean): Decision | undefined {
  if (status !== 'ok') return DECISION_OF_ERROR[status] ?? (executed ? 'allow' : undefined);
  return tool.includes('execute') ? 'allow' : undefined;
}

export function callAttributes(info: ToolCallInfo, result: ToolCallResultLike | undefined): CallAttributes {
  const input = obj(info.input);
  const structured = obj(result?.structuredContent);
  const metadata = obj(structured?.metadata);
  const status = result?.isError ? (str(obj(structured?.error)?.code) ?? 'Internal') : 'ok';
  const txId = str(metadata?.tx_id);
  const approval = str(metadata?.approval);
  // An AWS error after the request was sent has a tx_id and an AWS request: it was allowed.
  const executed = txId !== undefined && (status === 'AwsError' || status === 'NetworkError');
  // validate answers with the decision itself; otherwise it is read from the outcome.
  const effect = str(obj(structured?.decision)?.effect);
  const stated = effect === 'confirm' ? 'approval-required' : (effect as Decision | undefined);
  const decision = stated ?? decisionOf(info.tool, status, executed);
  return {
    tool: info.tool,
    principal: info.principal,
    ...(str(input?.service) ? { service: str(input?.service)! } : {}),
    ...(str(input?.operation) ? { operation: str(input?.operation)! } : {}),
    ...(str(input?.region) ? { region: str(input?.region)! } : {}),
    status,
    ...(decision ? { decision } : {}),
    ...(approval && approval !== 'not-required' ? { approval } : {}),
    ...(txId ? { txId } : {}),
  };
}

// A batch is checked whole before any call runs: each call resolved, its payload validated and its
// decision taken, exactly as validate would. A batch with an invalid or denied call runs nothing.

import { isToolError, type ToolErrorBody } from '../../errors/tool-error.js';
import type { JsonObject } from '../../model/plain-object.js';
import type { Decision } from '../../policy/types.js';
import { accountFromRoleArn } from '../execute/account.js';
import { assignedRoleOptions } from '../execute/person-role.js';
import { decideCall } from '../execute/steps/decide.js';
import { resolveCall, type ResolvedCall } from '../execute/steps/resolve.js';
import { redactedPayload, validateCall } from '../execute/steps/validate-payload.js';
import { decisionView } from '../decision-view.js';
import type { BatchCall } from '../execute-input.js';
import type { ToolServices } from '../services.js';

export interface CheckedCall {
  readonly call: BatchCall;
  readonly resolved?: ResolvedCall;
  readonly errors: readonly unknown[];
  readonly decision?: Decision;
  readonly error?: ToolErrorBody;
  /** The payload as echoed and stored (redacted). */
  readonly payload?: unknown;
  /** The payload as it will be sent (after coercions). */
  readonly validated?: JsonObject;
}

export async function checkCall(services: ToolServices, call: BatchCall): Promise<CheckedCall> {
  try {
    const resolved = await resolveCall(services, { action: 'validate', ...call });
    // The person's role, as invoke runs it: another options.roleArn is refused (PolicyDenied).
    const options = assignedRoleOptions(services.policy, call.options ?? {});
    const validation = validateCall(resolved, call.payload);
    const account = accountFromRoleArn(options.roleArn);
    const accountLookup = !account && services.policy.accounts !== undefined;
    const { decision } = decideCall(services, resolved, options, { account, accountLookup, preview: true });
    const payload = redactedPayload(resolved, validation);
    return { call, resolved, errors: validation.errors, decision, payload, validated: validation.payload };
  } catch (e) {
    if (!isToolError(e)) throw e;
    return { call, errors: [], error: e.toBody() };
  }
}

/** What validate shows of one checked call. */
export function checkView(c: CheckedCall): Record<string, unknown> {
  const name = c.resolved
    ? `${c.resolved.service.id}:${c.resolved.operation.name}`
    : `${c.call.service}:${c.call.operation}`;
  return {
    operation: name,
    ...(c.resolved ? { region: c.resolved.region } : {}),
    valid: c.error === undefined && c.errors.length === 0,
    ...(c.errors.length ? { errors: c.errors } : {}),
    ...(c.error ? { error: c.error } : {}),
    ...(c.decision ? { decision: decisionView(c.decision) } : {}),
  };
}

export const runnable = (c: CheckedCall): boolean =>
  c.error === undefined && c.errors.length === 0 && c.decision?.effect !== 'deny';

/**
 * What a batch's one approval is bound to: every call of the batch in order (not only the ones
 * needing the yes), each as it will be sent (service, operation, region, the payload after
 * coercions, the options but the token). A token then redeems only for exactly the set it was
 * issued for: a call added, removed, changed or moved is another set. It is only ever hashed under
 * the install's key (approvals.payloadHash), never stored or shown.
 */
export function batchBinding(checked: readonly CheckedCall[]): unknown {
  return checked.map((c) => {
    const { confirmationToken: _token, ...options } = c.call.options ?? {};
    const name = c.resolved
      ? [c.resolved.service.id, c.resolved.operation.name]
      : [c.call.service, c.call.operation];
    return [
      ...name,
      c.resolved?.region ?? c.call.region ?? null,
      c.validated ?? c.call.payload ?? null,
      options,
    ];
  });
}

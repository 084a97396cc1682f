// One call made by a script or a batch: exactly the pipeline of a single invoke (resolve, validate,
// decide, approve, call, shape, audit), with its own audit record linked to the parent's tx_id.
// The person cannot be asked from inside (one prompt per script or batch, up front): a call that
// needs approval the parent did not obtain fails with ConfirmationRequired.

import type { ApprovalEvidence } from '../../approval/types.js';
import { ToolError } from '../../errors/tool-error.js';
import { executeOptions, type BatchCall, type ExecuteInput } from '../execute-input.js';
// Static, not import() per call: this module is only loaded to run calls, and an import() per inner
// call cost a module resolution each time (through the loader hooks, if any: a thread round trip).
import { invoke } from '../execute/invoke.js';
import { approvalKey } from './approve-together.js';
import { counted } from './dispatch.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';

/** Canonical `service:Operation` -> the parent's approval covering it. */
export type ApprovedSet = ReadonlyMap<string, ApprovalEvidence>;

export interface InnerScope {
  readonly services: ToolServices;
  /** The tool call the script or batch came in (who, session, cancellation). */
  readonly toolCtx: ToolCallContext;
  readonly parentTxId: string;
  readonly approved: ApprovedSet;
}

/**
 * A script's run signal joined with its tool call's, once per run: joining per inner call (one
 * AbortSignal.any each) cost time on every call and left the tool call's signal a dependant each.
 */
const joinedSignals = new WeakMap<AbortSignal, AbortSignal>();
function joined(toolSignal: AbortSignal, runSignal: AbortSignal): AbortSignal {
  let both = joinedSignals.get(runSignal);
  if (both === undefined) {
    both = AbortSignal.any([toolSignal, runSignal]);
    joinedSignals.set(runSignal, both);
  }
  return both;
}

/** The invoke pipeline's fields for one inner call (`result`, `truncated`, `metadata`...). */
export async function invokeInner(
  scope: InnerScope,
  call: BatchCall,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  const { toolCtx } = scope;
  const inner: ToolCallContext = {
    principal: toolCtx.principal,
    ...(toolCtx.sessionId ? { sessionId: toolCtx.sessionId } : {}),
    ...(toolCtx.client ? { client: toolCtx.client } : {}),
    signal: signal ? joined(toolCtx.signal, signal) : toolCtx.signal,
    progress: async () => undefined,
    approval: {}, // nobody is asked mid-script: approval comes from the parent, or a token
  };
  const args: ExecuteInput = { action: 'invoke', ...call };
  return counted(scope.services, inner, () =>
    invoke(scope.services, args, inner, {
      parentTxId: scope.parentTxId,
      preApproved: (resolved) =>
        scope.approved.get(approvalKey(resolved.service.id, resolved.operation.name)),
    }),
  );
}

/** `aws.call(service, operation, payload, options)` as a batch call: `options.region` is the region. */
export function callFromScript(
  service: string,
  operation: string,
  payload: Readonly<Record<string, unknown>>,
  options: Readonly<Record<string, unknown>>,
): BatchCall {
  const { region, ...rest } = options;
  if (region !== undefined && typeof region !== 'string') {
    throw new ToolError('InvalidInput', 'options.region must be a region name (a string).');
  }
  const parsed = executeOptions.safeParse(rest);
  if (!parsed.success) {
    throw new ToolError('InvalidInput', `Invalid options for ${service}:${operation}.`, {
      details: { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  return { service, operation, payload: { ...payload }, options: parsed.data, ...(region ? { region } : {}) };
}

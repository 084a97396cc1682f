// Step 4, approve: for a call the policy decided `confirm`, obtain a person's yes (elicitation,
// a confirmation token, or an out-of-band approval); an allowed call needs none. The policy was
// enforced by the decide step: approval never sees a denied call.

import { obtainApproval, type ObtainApprovalInput } from '../../../approval/obtain-approval.js';
import type { ApprovalEvidence } from '../../../approval/types.js';
import type { ToolError } from '../../../errors/tool-error.js';
import type { JsonObject } from '../../../model/plain-object.js';
import type { ExecuteOptions } from '../../execute-input.js';
import type { ToolServices } from '../../services.js';
import type { CallContext } from '../call-context.js';
import { keyParameters } from '../key-parameters.js';
import { requestName, type PlannedRequest } from '../request-plan.js';
import type { AllowedDecision } from './decide.js';
import type { ResolvedCall } from './resolve.js';

export interface ApprovalInputs {
  readonly call: ResolvedCall;
  readonly payload: JsonObject;
  readonly account: string | undefined;
  readonly plan: readonly PlannedRequest[];
  readonly decision: AllowedDecision;
  readonly options: ExecuteOptions;
  /** A question suspended for the person's answer expired unanswered, after the call returned. */
  readonly onAbandoned: (e: ToolError) => void;
}

export function approveCall(
  services: ToolServices,
  ctx: CallContext,
  a: ApprovalInputs,
): Promise<ApprovalEvidence> {
  const { call, options } = a;
  const { policy } = services;
  return obtainApproval({
    decision: a.decision,
    request: {
      service: call.service.id,
      operation: call.operation.name,
      region: call.region,
      ...(a.account ? { account: a.account } : {}),
      keyParameters: keyParameters(call.model, call.op, a.payload),
    },
    payloadHash: approvalHash(services, a.payload, a.plan),
    ...(ctx.sessionId ? { sessionId: ctx.sessionId } : {}),
    ...(options.confirmationToken ? { confirmationToken: options.confirmationToken } : {}),
    ...(ctx.approval.ask ? { prompter: { ask: ctx.approval.ask } } : {}),
    mode: policy.approval.mode,
    ttlSeconds: policy.approval.ttlSeconds,
    autoApprove: services.settings.autoApproveDestructive,
    store: services.approvals,
    onAbandoned: a.onAbandoned,
    ...fourEyesOf(services, ctx, a.decision),
  });
}

/** With `approval.approvers` (out-of-band): who asks, who may decide, and how long the call waits. */
function fourEyesOf(
  services: ToolServices,
  ctx: CallContext,
  decision: AllowedDecision,
): Pick<ObtainApprovalInput, 'fourEyes' | 'waitMs' | 'signal' | 'progress'> {
  const { policy } = services;
  const approvers = policy.approval.approvers;
  if (policy.approval.mode !== 'out-of-band' || approvers === undefined) return {};
  const who = ctx.principal;
  return {
    fourEyes: {
      requestedBy: ctx.principalKey,
      requesterName: who.name ?? who.email ?? who.subject,
      approvers: [...approvers],
      ...(decision.risk !== undefined ? { risk: decision.risk } : {}),
    },
    waitMs: services.settings.approvalWaitMs ?? 0,
    signal: ctx.signal,
    // Keeps clients that reset their request timeout on progress waiting as long as the call does.
    progress: (waited, total, message) => void ctx.progress(waited, total, message).catch(() => undefined),
  };
}

/**
 * What an approval is bound to: the payload, plus any other request of the call that needed the
 * approval itself (a waiter poll the policy wants confirmed), so a token cannot be reused to add one.
 */
function approvalHash(services: ToolServices, payload: unknown, plan: readonly PlannedRequest[]): string {
  const also = plan
    .filter(
      (r) =>
        r.decision.effect === 'confirm' && r.kind !== 'call' && r.kind !== 'page' && r.kind !== 'dry-run',
    )
    .map((r) => `${r.kind} ${requestName(r)}`);
  return services.approvals.payloadHash(also.length > 0 ? { payload, alsoApproved: also } : payload);
}

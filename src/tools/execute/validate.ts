// aws_execute validate: the schema check and the policy decision an invoke would meet, with no
// network call. Recorded in the audit trail as `validated`, like every call that reaches execute.

import { redactSensitive } from '../../execution/shaping/redact.js';
import type { ExecuteInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import { decisionView } from '../decision-view.js';
import { accountFromRoleArn } from './account.js';
import { endpointOverrideFor } from './call-context.js';
import { prepareCall } from './prepare.js';
import { callDecision, planRequests } from './request-plan.js';

export async function validate(
  services: ToolServices,
  args: ExecuteInput,
  sessionId: string | undefined,
): Promise<Record<string, unknown>> {
  const account = accountFromRoleArn(args.options?.roleArn);
  const call = await prepareCall(services, args, { preview: true, ...(account ? { account } : {}) });
  const { validation } = call;
  // The decision invoke would meet: every request it would send (waiter polls, STS...) counts.
  const plan = planRequests(services, call, args.options ?? {}, {
    accountLookup: !account && services.policy.accounts !== undefined,
    preview: true,
    endpointOverride: endpointOverrideFor(services.settings, call.service) !== undefined,
    ...(account ? { account } : {}),
  });
  const decision = callDecision(call, plan);
  const txId = services.audit.begin({
    tool: 'aws_execute',
    action: 'validate',
    ...(sessionId ? { sessionId } : {}),
    service: call.service.id,
    operation: call.operation.name,
    region: call.region,
    modelCommit: services.catalog.modelCommit,
    policyHash: services.policy.hash,
    risk: decision.risk,
    decision: decisionView(decision),
    request: redactSensitive(call.model, call.model.inputOf(call.op), validation.payload, false),
  });
  services.audit.complete(txId, { status: 'validated' });
  return {
    valid: validation.valid,
    errors: validation.errors,
    ...(validation.coercions.length ? { coercions: validation.coercions } : {}),
    decision: decisionView(decision),
    risk: decision.risk,
    payload: validation.payload,
    metadata: {
      tx_id: txId,
      service: call.service.id,
      operation: call.operation.name,
      region: call.region,
      modelCommit: services.catalog.modelCommit,
    },
  };
}

// aws_execute validate: the schema check and the policy decision an invoke would meet, with no
// network call. Recorded in the audit trail as `validated`, like every call that reaches execute.

import { hiddenValues, redact, REDACTED } from '../../redaction/redact.js';
import type { ExecuteInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import { decisionView } from '../decision-view.js';
import { accountFromRoleArn } from './account.js';
import { endpointOverrideFor } from './call-context.js';
import { prepareCall } from './prepare.js';
import { callMetadata } from './metadata.js';
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
  // The payload is echoed to the agent and stored: both get the redacted copy.
  const payload = redact(validation.payload, { model: call.model, shapeId: call.model.inputOf(call.op) });
  const hidden = hiddenValues(validation.payload, payload);
  const coercions = validation.coercions.map((c) =>
    hidden.has(JSON.stringify(c.to)) || hidden.has(JSON.stringify(c.from))
      ? { ...c, from: REDACTED, to: REDACTED }
      : c,
  );
  const txId = await services.audit.begin({
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
    request: payload,
  });
  await services.audit.complete(txId, { status: 'validated' });
  return {
    valid: validation.valid,
    errors: validation.errors,
    ...(coercions.length ? { coercions } : {}),
    decision: decisionView(decision),
    risk: decision.risk,
    payload,
    metadata: callMetadata(args.options?.metadata, {
      tx_id: txId,
      service: call.service.id,
      operation: call.operation.name,
      region: call.region,
      modelCommit: services.catalog.modelCommit,
    }),
  };
}

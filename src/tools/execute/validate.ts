// aws_execute validate: the schema check and the policy decision an invoke would meet, with no
// network call: the invoke pipeline's resolve, validate and decide steps. Recorded in the audit
// trail as `validated`, like every call that reaches execute. A role the person's identity rule
// does not assign is reported as the deny invoke would meet, with both roles named (`roleConflict`).

import { isToolError, type ToolError } from '../../errors/tool-error.js';
import { withPayloadDenial } from '../../policy/payload-conditions.js';
import type { Decision } from '../../policy/types.js';
import { hiddenValues, REDACTED } from '../../redaction/redact.js';
import type { Risk } from '../../catalog/types.js';
import type { ExecuteInput, ExecuteOptions } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import { decisionView } from '../decision-view.js';
import { accountFromRoleArn } from './account.js';
import { callContextOf } from './call-context.js';
import { CallRecord } from './call-record.js';
import { assignedRoleOptions } from './person-role.js';
import { decideCall } from './steps/decide.js';
import { resolveCall } from './steps/resolve.js';
import { redactedPayload, validateCall } from './steps/validate-payload.js';

export async function validate(
  services: ToolServices,
  args: ExecuteInput,
  toolCtx: ToolCallContext,
): Promise<Record<string, unknown>> {
  const call = await resolveCall(services, args);
  const validation = validateCall(call, args.payload);
  const role = roleOf(services, args);
  const options = role.options;
  const account = accountFromRoleArn(options.roleArn);
  // The decision invoke would meet: every request it would send (waiter polls, STS...) counts.
  const accountLookup = !account && services.policy.accounts !== undefined;
  const planned = decideCall(services, call, options, { account, accountLookup, preview: true }).decision;
  const decided = role.conflict ? conflictDecision(role.conflict, planned.risk) : planned;
  // required_tags and payload conditions: the refusal an invoke would meet.
  const decision = withPayloadDenial(services.policy, call, validation.payload, decided);
  // The payload is echoed to the agent and stored: both get the redacted copy.
  const payload = redactedPayload(call, validation);
  const hidden = hiddenValues(validation.payload, payload);
  const coercions = validation.coercions.map((c) =>
    hidden.has(JSON.stringify(c.to)) || hidden.has(JSON.stringify(c.from))
      ? { ...c, from: REDACTED, to: REDACTED }
      : c,
  );
  const subject = {
    service: call.service.id,
    operation: call.operation.name,
    region: call.region,
    modelCommit: services.catalog.modelCommit,
  };
  const record = new CallRecord(services, callContextOf(toolCtx), 'validate', subject, payload);
  record.runsAs(options.roleArn);
  record.decided(decision.risk, decision);
  await record.validated();
  return {
    valid: validation.valid,
    errors: validation.errors,
    ...(coercions.length ? { coercions } : {}),
    decision: decisionView(decision),
    ...(role.conflict?.details ? { roleConflict: role.conflict.details } : {}),
    risk: decision.risk,
    payload,
    metadata: record.metadata(options.metadata),
  };
}

/** The options invoke would run with (the person's role), or the role conflict it would refuse. */
function roleOf(
  services: ToolServices,
  args: ExecuteInput,
): { options: ExecuteOptions; conflict?: ToolError } {
  const requested = args.options ?? {};
  try {
    return { options: assignedRoleOptions(services.policy, requested) };
  } catch (e) {
    // A RoleSessionName (InvalidInput) is refused as invoke refuses it; a conflict is reported.
    if (!isToolError(e) || e.code !== 'PolicyDenied') throw e;
    return { options: requested, conflict: e };
  }
}

/** The role conflict as the deny invoke meets (its rule names the identity rule's `role`). */
function conflictDecision(conflict: ToolError, risk: Risk): Decision {
  const reason = conflict.message.replace(/^Denied by policy: /, '');
  return { effect: 'deny', risk, rule: String(conflict.details?.rule), reason };
}

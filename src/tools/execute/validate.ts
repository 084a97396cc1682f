// aws_execute validate: the schema check and the policy decision an invoke would meet, with no
// network call: the invoke pipeline's resolve, validate and decide steps. Recorded in the audit
// trail as `validated`, like every call that reaches execute.

import { withPayloadDenial } from '../../policy/payload-conditions.js';
import { hiddenValues, REDACTED } from '../../redaction/redact.js';
import type { ExecuteInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import { decisionView } from '../decision-view.js';
import { accountFromRoleArn } from './account.js';
import { callContextOf } from './call-context.js';
import { CallRecord } from './call-record.js';
import { decideCall } from './steps/decide.js';
import { resolveCall } from './steps/resolve.js';
import { redactedPayload, validateCall } from './steps/validate-payload.js';

export async function validate(
  services: ToolServices,
  args: ExecuteInput,
  toolCtx: ToolCallContext,
): Promise<Record<string, unknown>> {
  const options = args.options ?? {};
  const account = accountFromRoleArn(options.roleArn);
  const call = await resolveCall(services, args);
  const validation = validateCall(call, args.payload);
  // The decision invoke would meet: every request it would send (waiter polls, STS...) counts.
  const accountLookup = !account && services.policy.accounts !== undefined;
  const decided = decideCall(services, call, options, { account, accountLookup, preview: true }).decision;
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
  record.decided(decision.risk, decision);
  record.validated();
  return {
    valid: validation.valid,
    errors: validation.errors,
    ...(coercions.length ? { coercions } : {}),
    decision: decisionView(decision),
    risk: decision.risk,
    payload,
    metadata: record.metadata(options.metadata),
  };
}

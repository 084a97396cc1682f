// aws_execute invoke, as a pipeline of named steps (steps/): resolve -> validate -> decide ->
// approve -> call -> shape, each a function of plain values; the call's context (who, which
// session, cancellation, progress) is built once, and its audit record (call-record.ts) is the
// only thing that writes audit rows. Nothing reaches AWS unless the payload is valid, the policy
// allows the call and, where required, a human approved it; a call whose audit record cannot be
// written does not run.

import type { ToolError } from '../../errors/tool-error.js';
import { checkPayloadConditions } from '../../policy/payload-conditions.js';
import { rateLimiterOf } from '../principal-services.js';
import { secretTexts } from '../../redaction/echoes.js';
import { userAgentHeaders } from '../../execution/user-agent.js';
import type { ExecuteInput, ExecuteOptions } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import { callContextOf, type CallContext } from './call-context.js';
import { callFailure, shownError } from './call-failure.js';
import { CallRecord } from './call-record.js';
import { callerOf, credentialResolverFor } from './plumbing.js';
import { personRole } from './person-role.js';
import { learnAccount } from './steps/account.js';
import { approveCall } from './steps/approve.js';
import { callAws } from './steps/call.js';
import { decideOwn, decidePlan, requireAllowed, type DecisionFacts } from './steps/decide.js';
import { resolveCall, type ResolvedCall } from './steps/resolve.js';
import { runMetadata, shapeRun } from './steps/shape.js';
import { redactedPayload, requireValid, validateCall } from './steps/validate-payload.js';
import type { ValidationOutcome } from '../../schema/validate.js';
import type { ApprovalEvidence } from '../../approval/types.js';

/** A call made inside a script or batch (tools/many): linked to it, maybe approved by it up front. */
export interface InnerCallLink {
  readonly parentTxId: string;
  /** The script's or batch's approval, when it covers this call (its decision was `confirm`). */
  readonly preApproved?: (call: ResolvedCall) => ApprovalEvidence | undefined;
}

export async function invoke(
  services: ToolServices,
  args: ExecuteInput,
  toolCtx: ToolCallContext,
  link?: InnerCallLink,
): Promise<Record<string, unknown>> {
  const ctx = callContextOf(toolCtx);
  const call = await resolveCall(services, args);
  const validation = validateCall(call, args.payload);
  const request = redactedPayload(call, validation);
  const record = new CallRecord(
    services,
    ctx,
    'invoke',
    subjectOf(services, call),
    request,
    link?.parentTxId,
  );
  // The person's role (identities `role:`) replaces options.roleArn; refusals are audited.
  const person = await record.refusing(async () => personRole(services, ctx, args.options ?? {}));
  const { options } = person;
  record.runsAs(options.roleArn);
  const credentials = credentialResolverFor(services, options, call.region, person);
  const { signal } = ctx;
  const facts = await learnAccount(services, {
    call,
    validation,
    options,
    credentials,
    signal,
    ...record.listeners,
  });
  record.targets(facts.account);
  const { plan, approval } = await record.refusing(() =>
    authorize(services, ctx, { call, validation, options, facts, record, link }),
  );
  const caller = callerOf(services.settings, ctx, await record.begin(approval));
  const { account } = facts;
  try {
    record.sentAs((await userAgentHeaders(caller, call.model))['user-agent']);
    const payload = validation.payload;
    const sent = { call, payload, options, plan, account, credentials, caller };
    const run = await callAws(services, ctx, { ...sent, ...record.listeners });
    const shaped = shapeRun(services, call, options, run);
    await record.succeeded(run.last, shaped.response);
    const metadata = record.metadata(options.metadata, runMetadata(run, record.opIds, approval));
    return { ...shaped.fields, metadata };
  } catch (e) {
    const failure = callFailure(e, signal);
    const shown = shownError(failure, call, {
      profile: options.profile ?? services.settings.profile,
      secrets: secretTexts(validation.payload, request),
      metadata: (extra) => record.metadata(options.metadata, extra),
    });
    await record.failed(failure, shown);
    throw shown;
  }
}

interface AuthorizeInputs {
  readonly call: ResolvedCall;
  readonly validation: ValidationOutcome;
  readonly options: ExecuteOptions;
  readonly facts: Omit<DecisionFacts, 'preview'>;
  readonly record: CallRecord;
  readonly link: InnerCallLink | undefined;
}

/** validate -> decide -> approve: each refusal is a ToolError the record keeps. */
async function authorize(services: ToolServices, ctx: CallContext, a: AuthorizeInputs) {
  const { call, options, record } = a;
  const facts = { ...a.facts, preview: false };
  const own = decideOwn(services, call, options, facts);
  record.decided(own.risk, own);
  requireValid(call, a.validation);
  const { plan, decision } = decidePlan(services, call, own, options, facts);
  record.decided(own.risk, decision);
  requireAllowed(decision);
  // The person's payload rules (required_tags, conditions) and per-minute limits, inside what the
  // record audits as a refusal.
  checkPayloadConditions(services.policy, ctx.principal, call, a.validation.payload);
  await rateLimiterOf(services).count(ctx.principal, services.policy.rateLimits, decision.risk);
  const payload = a.validation.payload;
  const account = facts.account;
  // A question nobody answered is refused later, off this call's path: its record is written then.
  const onAbandoned = (e: ToolError) => void record.refused(e).catch(() => undefined);
  const preApproved = decision.effect === 'confirm' ? a.link?.preApproved?.(call) : undefined;
  if (preApproved) return { plan, approval: preApproved };
  const approval = await approveCall(services, ctx, {
    call,
    payload,
    account,
    plan,
    decision,
    options,
    onAbandoned,
  });
  return { plan, approval };
}

function subjectOf(services: ToolServices, call: ResolvedCall) {
  return {
    service: call.service.id,
    operation: call.operation.name,
    region: call.region,
    modelCommit: services.catalog.modelCommit,
  };
}

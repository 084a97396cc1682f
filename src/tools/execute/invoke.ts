// aws_execute invoke: validate -> decide -> approve -> audit begin -> call AWS -> shape -> audit end.
// Nothing reaches AWS unless the payload is valid, the policy allows the call and, where required,
// a human approved it; a call whose audit record cannot be written does not run.

import { obtainApproval } from '../../approval/obtain-approval.js';
import type { ApprovalEvidence } from '../../approval/types.js';
import { isToolError, ToolError } from '../../errors/tool-error.js';
import { validateRegion } from '../../execution/regions.js';
import { shapeOutput } from '../../execution/shaping/shape-output.js';
import { userAgentHeaders } from '../../execution/user-agent.js';
import { secretTexts } from '../../redaction/echoes.js';
import { redact } from '../../redaction/redact.js';
import type { ToolCallContext } from '../tool-definition.js';
import type { ExecuteInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import { decisionView } from '../decision-view.js';
import { awsErrorToToolError, rejectsCredentials, withoutEchoes } from './aws-error.js';
import { accountFromRoleArn, resolveAccount } from './account.js';
import { callerOf, credentialResolverFor, endpointOverrideFor } from './call-context.js';
import { keyParameters } from './key-parameters.js';
import { prepareCall, requireValid, type PreparedCall } from './prepare.js';
import { AwsCallFailed, runCall } from './run-call.js';
import { CallOps, recordRefusal } from './call-audit.js';
import { callMetadata } from './metadata.js';
import {
  callDecision,
  planRequests,
  requestGate,
  requestName,
  type PlanContext,
  type PlannedRequest,
} from './request-plan.js';

export async function invoke(
  services: ToolServices,
  args: ExecuteInput,
  ctx: ToolCallContext,
): Promise<Record<string, unknown>> {
  const options = args.options ?? {};
  const { audit, policy, settings } = services;
  // Checked before anything uses it: a region ends up in host names and credential scopes.
  const region = validateRegion(args.region ?? settings.defaultRegion);
  const credentials = credentialResolverFor(services, options, region);
  let account = accountFromRoleArn(options.roleArn);
  const accountLookup = !account && policy.accounts !== undefined;
  let ops: CallOps | undefined;
  if (accountLookup) {
    // Learning the account costs an STS call: make it only for a call the policy could allow,
    // so a request the policy refuses never causes any traffic to AWS.
    const preview = await prepareCall(services, args, { preview: true });
    const context = planContext(services, preview, true, undefined, true);
    // An unknown waiter is reported (and audited) with the call below.
    const plan = isToolErrorOf(() => planRequests(services, preview, options, context));
    ops = new CallOps(services, preview.service.id, preview.region);
    if (plan && preview.validation.valid && callDecision(preview, plan).effect !== 'deny') {
      account = await resolveAccount(services, credentials, region, {
        authorize: requestGate(services, plan, options, undefined),
        onRequest: ops.record,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
    }
  }
  const call = await prepareCall(services, args, { preview: false, ...(account ? { account } : {}) });
  const payload = call.validation.payload;
  const base = {
    tool: 'aws_execute',
    action: 'invoke',
    ...(ctx.sessionId ? { sessionId: ctx.sessionId } : {}),
    service: call.service.id,
    operation: call.operation.name,
    region: call.region,
    ...(account ? { account } : {}),
    modelCommit: services.catalog.modelCommit,
    policyHash: policy.hash,
    risk: call.decision.risk,
    decision: decisionView(call.decision),
    // Redacted by the model and by names before it leaves this function (the audit store redacts again).
    request: redact(payload, { model: call.model, shapeId: call.model.inputOf(call.op) }),
  };
  const metadata = (extra: Record<string, unknown> = {}) =>
    callMetadata(options.metadata, {
      service: call.service.id,
      operation: call.operation.name,
      region: call.region,
      ...(account ? { account } : {}),
      modelCommit: services.catalog.modelCommit,
      ...extra,
    });

  ops ??= new CallOps(services, call.service.id, call.region);
  let approval: ApprovalEvidence;
  let plan: PlannedRequest[] = [];
  try {
    requireValid(call);
    plan = planRequests(services, call, options, planContext(services, call, accountLookup, account, false));
    const decision = callDecision(call, plan);
    base.decision = decisionView(decision);
    approval = await obtainApproval({
      decision,
      request: {
        service: call.service.id,
        operation: call.operation.name,
        region: call.region,
        ...(account ? { account } : {}),
        keyParameters: keyParameters(call.model, call.op, payload),
      },
      payloadHash: approvalHash(services, payload, plan),
      ...(ctx.sessionId ? { sessionId: ctx.sessionId } : {}),
      ...(options.confirmationToken ? { confirmationToken: options.confirmationToken } : {}),
      ...(ctx.approval.ask ? { prompter: { ask: ctx.approval.ask } } : {}),
      mode: policy.approval.mode,
      ttlSeconds: policy.approval.ttlSeconds,
      autoApprove: settings.autoApproveDestructive,
      store: services.approvals,
      onAbandoned: (e) => recordRefusal(services, base, e),
    });
  } catch (e) {
    if (isToolError(e)) recordRefusal(services, base, e, ops);
    throw e;
  }

  const txId = audit.begin({ ...base, approval: { ...approval } });
  ops.attach(txId);
  const { opIds, record: onRequest, recordAssumeRole } = ops;
  // Said to AWS with every request, and kept in the audit record: how to find the call in CloudTrail.
  const caller = callerOf(settings, ctx, txId);
  const userAgent = (await userAgentHeaders(caller, call.model))['user-agent'];
  try {
    const run = await runCall({
      base: {
        model: call.model,
        region: call.region,
        credentials: () => credentials.resolve({ onAssumeRole: recordAssumeRole }),
        authorize: requestGate(services, plan, options, account),
        endpointUrl: endpointOverrideFor(settings, call.service),
        maxAttempts: settings.maxAttempts,
        env: services.runtime.env,
        signal: ctx.signal,
        logger: services.logger,
        userAgent: caller,
      },
      op: call.op,
      input: payload,
      options,
      onRequest,
      onProgress: (attempt, elapsedMs, state) =>
        void ctx.progress(
          attempt,
          undefined,
          `waiting for ${options.waitFor}: ${state} after ${Math.round(elapsedMs / 1000)} s`,
        ),
    });
    const shaped = run.dryRun
      ? { result: run.dryRun }
      : shapeOutput({
          model: call.model,
          op: call.op,
          output: run.output,
          query: options.query,
          maxItems: options.maxItems,
          maxCharacters: settings.maxOutputCharacters,
          reveal: policy.output.revealSensitive,
        });
    const last = run.last;
    audit.complete(txId, {
      status: 'succeeded',
      userAgent,
      httpStatus: last.httpStatus,
      ...(last.requestId ? { awsRequestId: last.requestId } : {}),
      response: policy.output.revealSensitive
        ? redact(run.output, { model: call.model, shapeId: call.model.outputOf(call.op) })
        : shaped.result,
    });
    return {
      result: shaped.result ?? null,
      ...('limited' in shaped && shaped.limited ? { limited: shaped.limited } : {}),
      ...('truncated' in shaped && shaped.truncated ? { truncated: shaped.truncated } : {}),
      ...(run.nextToken !== undefined ? { nextToken: run.nextToken } : {}),
      ...(run.wait ? { wait: run.wait } : {}),
      metadata: metadata({
        tx_id: txId,
        op_id: opIds.at(-1),
        ...(opIds.length > 1 ? { op_ids: opIds } : {}),
        requestId: last.requestId,
        httpStatus: last.httpStatus,
        attempts: last.attempts,
        requests: run.requests,
        ...(run.pages !== undefined ? { pages: run.pages } : {}),
        durationMs: last.durationMs,
        approval: approval.method,
      }),
    };
  } catch (e) {
    if (ctx.signal?.aborted) {
      // Stopped by notifications/cancelled: nobody waits for the result, the record says so.
      audit.complete(txId, {
        status: 'cancelled',
        userAgent,
        errorCode: 'Cancelled',
        errorMessage: 'cancelled by the client',
      });
      throw new ToolError('Timeout', `The call to ${call.service.id}:${call.operation.name} was cancelled.`);
    }
    const failed = e instanceof AwsCallFailed ? e.outcome.error : undefined;
    // Expired or unknown credentials: the next call reads them afresh (a rotated key, a new session).
    if (failed && rejectsCredentials(failed.code)) credentials.invalidate();
    const profile = options.profile ?? settings.profile;
    const error = withoutEchoes(
      failed ? awsErrorToToolError(call.service, call.operation, failed, profile) : e,
      secretTexts(payload, base.request),
    );
    audit.complete(txId, {
      status: isToolError(error) && error.code === 'PolicyDenied' ? 'denied' : 'failed',
      userAgent,
      ...(e instanceof AwsCallFailed
        ? {
            httpStatus: e.outcome.httpStatus,
            awsRequestId: e.outcome.requestId,
            errorCode: e.outcome.error.code,
          }
        : { errorCode: isToolError(error) ? error.code : 'Internal' }),
      errorMessage: error instanceof Error ? error.message : String(error),
    });
    if (isToolError(error)) {
      throw new ToolError(error.code, error.message, {
        ...(error.hint ? { hint: error.hint } : {}),
        details: {
          ...error.details,
          metadata: metadata({
            tx_id: txId,
            op_id: opIds.at(-1),
            ...(e instanceof AwsCallFailed
              ? {
                  attempts: e.outcome.attempts,
                  durationMs: e.outcome.durationMs,
                  httpStatus: e.outcome.httpStatus,
                }
              : {}),
          }),
        },
      });
    }
    throw error;
  }
}

/** fn's result, or undefined when it throws a ToolError. */
function isToolErrorOf<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (isToolError(e)) return undefined;
    throw e;
  }
}

function planContext(
  services: ToolServices,
  call: PreparedCall,
  accountLookup: boolean,
  account: string | undefined,
  preview: boolean,
): PlanContext {
  return {
    accountLookup,
    preview,
    endpointOverride: endpointOverrideFor(services.settings, call.service) !== undefined,
    ...(account ? { account } : {}),
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

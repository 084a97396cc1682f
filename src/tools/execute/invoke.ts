// aws_execute invoke: validate -> decide -> approve -> audit begin -> call AWS -> shape -> audit end.
// Nothing reaches AWS unless the payload is valid, the policy allows the call and, where required,
// a human approved it; a call whose audit record cannot be written does not run.

import { obtainApproval } from '../../approval/obtain-approval.js';
import { hashPayload } from '../../approval/canonical-json.js';
import type { ApprovalEvidence } from '../../approval/types.js';
import { isToolError, ToolError } from '../../errors/tool-error.js';
import { validateRegion } from '../../execution/regions.js';
import { shapeOutput } from '../../execution/shaping/shape-output.js';
import { redactSensitive } from '../../execution/shaping/redact.js';
import type { ToolCallContext } from '../tool-definition.js';
import type { ExecuteInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import { decisionView } from '../decision-view.js';
import { awsErrorToToolError } from './aws-error.js';
import { accountFromRoleArn, resolveAccount } from './account.js';
import { credentialResolverFor, endpointOverrideFor } from './call-context.js';
import { keyParameters } from './key-parameters.js';
import { prepareCall, requireValid } from './prepare.js';
import { AwsCallFailed, runCall, type RequestRecord } from './run-call.js';

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
  if (!account && policy.accounts) {
    // Learning the account costs an STS call: make it only for a call the policy could allow,
    // so a request the policy refuses never causes any traffic to AWS.
    const preview = await prepareCall(services, args, { preview: true });
    requireValid(preview);
    if (preview.decision.effect !== 'deny') account = await resolveAccount(services, credentials, region);
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
    // Model-driven redaction here; the audit store adds its own for secret-looking field names.
    request: redactSensitive(call.model, call.model.inputOf(call.op), payload, false),
  };
  const metadata = (extra: Record<string, unknown> = {}) => ({
    service: call.service.id,
    operation: call.operation.name,
    region: call.region,
    ...(account ? { account } : {}),
    modelCommit: services.catalog.modelCommit,
    ...extra,
  });

  let approval: ApprovalEvidence;
  try {
    requireValid(call);
    approval = await obtainApproval({
      decision: call.decision,
      request: {
        service: call.service.id,
        operation: call.operation.name,
        region: call.region,
        ...(account ? { account } : {}),
        keyParameters: keyParameters(call.model, call.op, payload),
      },
      payloadHash: hashPayload(payload),
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
    if (isToolError(e)) recordRefusal(services, base, e);
    throw e;
  }

  const txId = audit.begin({ ...base, approval: { ...approval } });
  const opIds: string[] = [];
  const onRequest = (r: RequestRecord): void => {
    const o = r.outcome;
    opIds.push(
      audit.op(txId, {
        kind: r.kind,
        attempt: o.attempts,
        region: call.region,
        httpStatus: o.httpStatus,
        ...(o.requestId ? { awsRequestId: o.requestId } : {}),
        ...(!o.ok ? { errorCode: o.error.code } : {}),
        durationMs: o.durationMs,
      }),
    );
  };
  try {
    const run = await runCall({
      base: {
        model: call.model,
        region: call.region,
        credentials: () => credentials.resolve(),
        endpointUrl: endpointOverrideFor(settings, call.service),
        maxAttempts: settings.maxAttempts,
        signal: ctx.signal,
        logger: services.logger,
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
      httpStatus: last.httpStatus,
      ...(last.requestId ? { awsRequestId: last.requestId } : {}),
      response: policy.output.revealSensitive
        ? redactSensitive(call.model, call.model.outputOf(call.op), run.output, false)
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
    const error =
      e instanceof AwsCallFailed ? awsErrorToToolError(call.service, call.operation, e.outcome.error) : e;
    audit.complete(txId, {
      status: 'failed',
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

/** A call refused before AWS (invalid, denied, needs approval, declined) is still a call: audit it. */
function recordRefusal(
  services: ToolServices,
  base: Parameters<ToolServices['audit']['begin']>[0],
  e: ToolError,
): void {
  const status =
    e.code === 'PolicyDenied'
      ? 'denied'
      : e.code === 'ConfirmationRequired'
        ? 'approval-required'
        : e.code === 'ApprovalDeclined'
          ? 'declined'
          : e.code === 'ApprovalTimeout'
            ? 'approval-timeout'
            : e.code === 'Cancelled'
              ? 'cancelled'
              : 'failed';
  const txId = services.audit.begin(base);
  services.audit.complete(txId, { status, errorCode: e.code, errorMessage: e.message });
}

// Step 5, call: the signed requests to AWS, once policy and approval said yes: a single call, all
// pages, a dry run, or a call followed by a waiter (run-call.ts). The executor asks the request
// gate before each request, so nothing outside the decided plan is ever sent.

import type { AssumeRoleRecord, CredentialResolver } from '../../../execution/credentials.js';
import type { JsonObject } from '../../../model/plain-object.js';
import type { UserAgentInfo } from '../../../execution/user-agent.js';
import type { ExecuteOptions } from '../../execute-input.js';
import type { ToolServices } from '../../services.js';
import { rejectsCredentials } from '../aws-error.js';
import type { CallContext } from '../call-context.js';
import { endpointOverrideFor } from '../plumbing.js';
import { requestGate, type PlannedRequest } from '../request-plan.js';
import { AwsCallFailed, runCall, type RequestRecord, type RunResult } from '../run-call.js';
import type { ResolvedCall } from './resolve.js';

export interface CallInputs {
  readonly call: ResolvedCall;
  readonly payload: JsonObject;
  readonly options: ExecuteOptions;
  readonly plan: readonly PlannedRequest[];
  readonly account: string | undefined;
  readonly credentials: CredentialResolver;
  /** Who the call is made for, as its User-Agent tells AWS (and CloudTrail records it). */
  readonly caller: UserAgentInfo;
  readonly onRequest: (r: RequestRecord) => void;
  readonly onAssumeRole: (a: AssumeRoleRecord) => void;
  /** Writes the requests reported so far (see RunCallArgs.recorded). */
  readonly flush: () => Promise<void>;
}

export async function callAws(services: ToolServices, ctx: CallContext, a: CallInputs): Promise<RunResult> {
  const { call, options } = a;
  const { settings } = services;
  try {
    return await runCall({
      base: {
        model: call.model,
        env: services.runtime.env,
        region: call.region,
        credentials: () => a.credentials.resolve({ onAssumeRole: a.onAssumeRole }),
        authorize: requestGate(services, a.plan, options, a.account),
        endpointUrl: endpointOverrideFor(settings, call.service),
        maxAttempts: settings.maxAttempts,
        signal: ctx.signal,
        logger: services.logger,
        userAgent: a.caller,
      },
      op: call.op,
      input: a.payload,
      options,
      onRequest: a.onRequest,
      recorded: a.flush,
      onProgress: (attempt, elapsedMs, state) =>
        void ctx.progress(
          attempt,
          undefined,
          `waiting for ${options.waitFor}: ${state} after ${Math.round(elapsedMs / 1000)} s`,
        ),
    });
  } catch (e) {
    // Expired or unknown credentials: the next call reads them afresh (a rotated key, a new session).
    const refused = e instanceof AwsCallFailed && rejectsCredentials(e.outcome.error.code);
    if (refused && !ctx.signal.aborted) a.credentials.invalidate();
    throw e;
  }
}

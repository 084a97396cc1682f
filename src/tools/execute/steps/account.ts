// Before deciding for real, the account a call targets when the policy has an `accounts`
// allowlist: from options.roleArn, the credentials, or (last) sts:GetCallerIdentity. That STS
// request costs traffic, so it is made only for a call the policy could allow: decided first as
// a preview (account unknown), so a request the policy refuses never causes any traffic to AWS.

import type { CredentialResolver } from '../../../execution/credentials.js';
import type { ValidationOutcome } from '../../../schema/validate.js';
import { isToolError } from '../../../errors/tool-error.js';
import type { ExecuteOptions } from '../../execute-input.js';
import type { ToolServices } from '../../services.js';
import { accountFromRoleArn, resolveAccount } from '../account.js';
import { requestGate } from '../request-plan.js';
import type { RequestRecord } from '../run-call.js';
import { decideCall, type DecidedCall, type DecisionFacts } from './decide.js';
import type { ResolvedCall } from './resolve.js';

export interface AccountInputs {
  readonly call: ResolvedCall;
  readonly validation: ValidationOutcome;
  readonly options: ExecuteOptions;
  readonly credentials: CredentialResolver;
  readonly signal: AbortSignal;
  /** Told of the STS request, which belongs to the call's audit record. */
  readonly onRequest: (r: RequestRecord) => void;
}

/** The account and whether the server looks it up; decisions are then made with it, for real. */
export async function learnAccount(
  services: ToolServices,
  a: AccountInputs,
): Promise<Omit<DecisionFacts, 'preview'>> {
  const known = accountFromRoleArn(a.options.roleArn);
  if (known || services.policy.accounts === undefined) return { account: known, accountLookup: false };
  const preview = a.validation.valid ? previewDecision(services, a) : undefined;
  if (!preview || preview.decision.effect === 'deny') return { account: undefined, accountLookup: true };
  const account = await resolveAccount(services, a.credentials, a.call.region, {
    authorize: requestGate(services, preview.plan, a.options, undefined),
    onRequest: a.onRequest,
    signal: a.signal,
  });
  return { account, accountLookup: true };
}

/** The decision without the account; undefined for a call the plan refuses (reported later). */
function previewDecision(services: ToolServices, a: AccountInputs): DecidedCall | undefined {
  try {
    return decideCall(services, a.call, a.options, { accountLookup: true, preview: true });
  } catch (e) {
    if (isToolError(e)) return undefined;
    throw e;
  }
}

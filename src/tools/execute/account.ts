// Which AWS account a call targets, for the policy's `accounts` allowlist and the approval summary.
// Cheap sources first (the role ARN, the credentials themselves); STS GetCallerIdentity only when
// the policy needs the answer, cached per access key. That request is the server's own, but it is
// decided by the policy like any other (see request-plan.ts) and recorded as the call's `account` op.

import type { CredentialResolver } from '../../execution/credentials.js';
import { invokeOperation } from '../../execution/executor.js';
import type { InvokeArgs } from '../../execution/types.js';
import type { ToolServices } from '../services.js';
import { callerOf, endpointOverrideFor } from './plumbing.js';
import type { RequestRecord } from './run-call.js';

/** A well-formed IAM role ARN: partition, empty region, 12-digit account, `role/` and a path/name. */
export const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/u;

export function accountFromRoleArn(roleArn: string | undefined): string | undefined {
  return roleArn ? ROLE_ARN.exec(roleArn)?.[1] : undefined;
}

const byAccessKey = new Map<string, string>();

export interface AccountLookupHooks {
  readonly authorize: NonNullable<InvokeArgs['authorize']>;
  readonly onRequest: (r: RequestRecord) => void;
  readonly signal?: AbortSignal;
}

/** The account of the credentials in use, or undefined when it cannot be learned (fails closed). */
export async function resolveAccount(
  services: ToolServices,
  credentials: CredentialResolver,
  region: string,
  hooks: AccountLookupHooks,
): Promise<string | undefined> {
  const identity = await credentials.resolve();
  if (identity.accountId) return identity.accountId;
  const known = byAccessKey.get(identity.accessKeyId);
  if (known) return known;
  try {
    const sts = services.catalog.resolveService('sts');
    const model = await services.catalog.loadModel(sts.id);
    const op = model.operation('GetCallerIdentity');
    if (!op) return undefined;
    const atMs = Date.now();
    const outcome = await invokeOperation({
      model,
      op,
      input: {},
      region,
      credentials: identity,
      endpointUrl: endpointOverrideFor(services.settings, sts),
      maxAttempts: services.settings.maxAttempts,
      authorize: hooks.authorize,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      userAgent: callerOf(services.settings, {}),
    });
    hooks.onRequest({ kind: 'account', operation: op.name, outcome, atMs });
    const account = outcome.ok ? outcome.output.Account : undefined;
    if (typeof account !== 'string') return undefined;
    byAccessKey.set(identity.accessKeyId, account);
    return account;
  } catch (e) {
    services.logger.warn('could not learn the account of the credentials', {
      error: e instanceof Error ? e.message : String(e),
    });
    return undefined;
  }
}

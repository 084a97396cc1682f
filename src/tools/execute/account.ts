// Which AWS account a call targets, for the policy's `accounts` allowlist and the approval summary.
// Cheap sources first (the role ARN, the credentials themselves); STS GetCallerIdentity only when
// the policy needs the answer, cached per access key.

import type { CredentialResolver } from '../../execution/credentials.js';
import { invokeOperation } from '../../execution/executor.js';
import type { ToolServices } from '../services.js';
import { callerOf, endpointOverrideFor } from './call-context.js';

const ROLE_ARN = /^arn:[a-z-]+:iam::(\d{12}):role\//;

export function accountFromRoleArn(roleArn: string | undefined): string | undefined {
  return roleArn ? ROLE_ARN.exec(roleArn)?.[1] : undefined;
}

const byAccessKey = new Map<string, string>();

/** The account of the credentials in use, or undefined when it cannot be learned (fails closed). */
export async function resolveAccount(
  services: ToolServices,
  credentials: CredentialResolver,
  region: string,
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
    const outcome = await invokeOperation({
      model,
      op,
      input: {},
      region,
      credentials: identity,
      endpointUrl: endpointOverrideFor(services.settings, sts),
      maxAttempts: services.settings.maxAttempts,
      userAgent: callerOf(services.settings, {}),
    });
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

// Per-call plumbing chosen from settings, never from tool arguments: which credentials sign the
// call (one cached resolver per profile/role) and which endpoint override applies, read the way
// the AWS SDKs read AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>.

import { createHash } from 'node:crypto';
import type { ServiceEntry } from '../../catalog/types.js';
import { createCredentialResolver, type CredentialResolver } from '../../execution/credentials.js';
import { UNNAMED_CALLER, type UserAgentInfo } from '../../execution/user-agent.js';
import type { Principal } from '../../identity/principal.js';
import type { ToolCallContext } from '../tool-definition.js';
import type { ExecuteOptions } from '../execute-input.js';
import type { PersonRole } from './person-role.js';
import type { ToolServices, ToolSettings } from '../services.js';

const MAX_RESOLVERS = 32;

export function credentialResolverFor(
  services: ToolServices,
  options: ExecuteOptions,
  region: string,
  person?: Pick<PersonRole, 'session' | 'cacheKey'>,
): CredentialResolver {
  const profile = options.profile ?? services.settings.profile;
  const own = [profile, options.roleArn, options.externalId, options.roleSessionName];
  // A person's credentials are theirs alone: keyed by person, role and session policy too.
  const key = JSON.stringify([...own, person?.cacheKey ?? null]);
  const cache = services.runtime.credentialResolvers;
  let resolver = cache.get(key);
  if (!resolver) {
    if (cache.size >= MAX_RESOLVERS) cache.delete(cache.keys().next().value as string);
    resolver = createCredentialResolver({
      ...(profile ? { profile } : {}),
      ...(options.roleArn ? { roleArn: options.roleArn } : {}),
      ...(options.externalId ? { externalId: options.externalId } : {}),
      ...(options.roleSessionName ? { roleSessionName: options.roleSessionName } : {}),
      ...(person?.session ? { session: person.session } : {}),
      region,
      // sts:AssumeRole goes where every other STS request of the server goes.
      ...stsEndpoint(services),
      logger: services.logger,
    });
    cache.set(key, resolver);
  }
  return resolver;
}

function stsEndpoint(services: ToolServices): { stsEndpointUrl?: string } {
  const sts = services.catalog.findService('sts');
  const url = sts ? endpointOverrideFor(services.settings, sts) : undefined;
  return url ? { stsEndpointUrl: url } : {};
}

/** `AWS_ENDPOINT_URL_<SDKID>` (upper-cased, spaces to underscores) wins over `AWS_ENDPOINT_URL`. */
export function endpointOverrideFor(settings: ToolSettings, service: ServiceEntry): string | undefined {
  const key = service.sdkId.toUpperCase().replace(/[ -]/g, '_');
  return settings.endpointOverrides.byService[key] ?? settings.endpointOverrides.global;
}

/**
 * Who a call is made for, as its User-Agent says it to AWS (and CloudTrail records it): this
 * program, the MCP client that asked, the audit transaction, and AWS_SDK_UA_APP_ID.
 */
export function callerOf(
  settings: ToolSettings,
  ctx: Pick<ToolCallContext, 'client'> & { readonly principal?: Principal; readonly principalKey?: string },
  txId?: string,
): UserAgentInfo {
  const clientId = ctx.principal?.clientId;
  return {
    ...(settings.userAgent ?? UNNAMED_CALLER),
    ...(ctx.client ? { client: ctx.client } : {}),
    ...(clientId ? { clientId } : {}),
    ...(ctx.principalKey ? { principal: principalDigest(ctx.principalKey) } : {}),
    ...(txId ? { txId } : {}),
  };
}

/** What the User-Agent names the person by: a digest, never the subject or e-mail itself. */
export function principalDigest(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

// The regions `regions: "*"` and `aws.regions()` mean: every region the account has enabled
// (ec2:DescribeRegions, sent through the same pipeline as any call, so the policy decides it and the
// audit records it), less those the policy does not allow. Learnt once per person and profile.

import type { ToolServices } from '../services.js';
import { invokeInner, type InnerScope } from './inner-call.js';

const TTL_MS = 60 * 60 * 1000;
const cache = new Map<string, { at: number; regions: readonly string[] }>();

/** The enabled regions the policy allows, sorted. */
export async function allowedRegions(scope: InnerScope, signal?: AbortSignal): Promise<readonly string[]> {
  const { services } = scope;
  const key = `${scope.toolCtx.principal.subject}|${services.settings.profile ?? ''}|${services.settings.defaultRegion}`;
  const hit = cache.get(key);
  const enabled = hit && Date.now() - hit.at < TTL_MS ? hit.regions : await learnRegions(scope, key, signal);
  return enabled.filter((r) => policyAllowsRegion(services, r));
}

async function learnRegions(
  scope: InnerScope,
  key: string,
  signal?: AbortSignal,
): Promise<readonly string[]> {
  const fields = await invokeInner(
    scope,
    { service: 'ec2', operation: 'DescribeRegions', payload: {} },
    signal,
  );
  const listed = (fields.result as { Regions?: { RegionName?: unknown }[] } | undefined)?.Regions ?? [];
  const regions = listed
    .map((r) => r.RegionName)
    .filter((n): n is string => typeof n === 'string')
    .sort();
  cache.set(key, { at: Date.now(), regions });
  return regions;
}

function policyAllowsRegion(services: ToolServices, region: string): boolean {
  return services.policy.regions === undefined || services.policy.regions.has(region);
}

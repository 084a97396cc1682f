// Decides whether a region string is safe and real enough to route a request: it must be a known
// region or match a partition's region pattern. The rule sets paste the region into host names,
// so this is the gate that keeps a region from ever naming (or injecting) a host.

import { ToolError } from '../errors/tool-error.js';
import { PARTITION_REGIONS } from './endpoints/partition-regions.js';

const MAX_REGION_LENGTH = 64;
/** Stricter than the partition patterns (whose `\w` admits `_` and capitals): DNS-label characters only. */
const REGION_CHARS = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KNOWN_REGIONS = new Set(PARTITION_REGIONS.flatMap((p) => p.regions));
const REGION_PATTERNS = PARTITION_REGIONS.map((p) => new RegExp(p.regionRegex));
const EXAMPLE_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-gov-west-1', 'cn-north-1'];

/** Returns the region unchanged when valid; otherwise throws ToolError('InvalidRegion'). */
export function validateRegion(region: string): string {
  if (typeof region !== 'string' || region.length === 0) {
    throw invalid('No AWS region was given.', region);
  }
  if (region.length > MAX_REGION_LENGTH || !REGION_CHARS.test(region)) {
    throw invalid('The region is not a valid AWS region name.', region);
  }
  if (KNOWN_REGIONS.has(region) || REGION_PATTERNS.some((p) => p.test(region))) return region;
  throw invalid(`"${region}" is not an AWS region.`, region);
}

/** Every region the partitions table names (pseudo-regions like aws-global included). */
export function knownRegions(): readonly string[] {
  return [...KNOWN_REGIONS];
}

function invalid(message: string, region: unknown): ToolError {
  const fips = typeof region === 'string' && /(^fips-|-fips$)/.test(region);
  const hint = fips
    ? 'Use the plain region (e.g. us-east-1) and enable FIPS endpoints in the settings instead.'
    : `Use a lowercase region code such as ${EXAMPLE_REGIONS.join(', ')}. ` +
      'To reach a custom or local endpoint, set the endpoint URL instead of the region.';
  return new ToolError('InvalidRegion', message, { hint });
}

// Name normalisation shared by service and operation resolution: users type `ListBuckets`,
// `list-buckets`, `list_buckets` or `Cloudwatch Logs`; all compare equal once compacted.

import { CLI_NAME_BY_DIRECTORY, EXTRA_ALIASES } from './data/service-names.js';

/** Lower-case with every non-alphanumeric character removed (`List-Buckets` -> `listbuckets`). */
export function compactName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Lower-case, trimmed, inner whitespace collapsed: the exact-alias lookup key. */
export function lowerName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** `CloudWatch Logs` -> `cloudwatch-logs` (how upstream names its directories). */
export function kebabName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Canonical service id for an upstream directory: the AWS CLI name. */
export function canonicalServiceId(directory: string): string {
  return CLI_NAME_BY_DIRECTORY[directory] ?? directory;
}

/** Where a candidate alias came from; lower tiers win when two services claim one name. */
export const AliasTier = { Canonical: 0, Curated: 1, Derived: 2, Title: 3, Compact: 4 } as const;
export type AliasTier = (typeof AliasTier)[keyof typeof AliasTier];

export interface AliasSource {
  readonly id: string;
  readonly directory: string;
  readonly sdkId: string;
  readonly endpointPrefix?: string;
  readonly signingName?: string;
  readonly arnNamespace?: string;
  readonly title?: string;
}

/** Every name a service could answer to, with the tier deciding who keeps a contested name. */
export function aliasCandidates(s: AliasSource): Array<[string, AliasTier]> {
  const out: Array<[string, AliasTier]> = [[s.id, AliasTier.Canonical]];
  for (const a of EXTRA_ALIASES[s.id] ?? []) out.push([a, AliasTier.Curated]);
  out.push([s.directory, AliasTier.Curated]);
  const derived = [lowerName(s.sdkId), kebabName(s.sdkId), s.endpointPrefix, s.signingName, s.arnNamespace];
  for (const d of derived) if (d) out.push([lowerName(d), AliasTier.Derived]);
  if (s.title) {
    // titles are long and shared by v1/v2 pairs, so any sdkId or endpoint name outranks them;
    // `Amazon DynamoDB` -> `dynamodb`, `AWS Lambda` -> `lambda`
    const title = lowerName(s.title);
    out.push([title, AliasTier.Title], [title.replace(/^(amazon|aws)\s+/, ''), AliasTier.Title]);
  }
  for (const name of [s.id, s.directory, s.sdkId]) out.push([compactName(name), AliasTier.Compact]);
  return out;
}

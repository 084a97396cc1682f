// Name normalisation shared by service and operation resolution: users type `ListBuckets`,
// `list-buckets`, `list_buckets` or `Cloudwatch Logs`; all compare equal once compacted.

import { ToolError } from '../errors/tool-error.js';
import { CLI_NAME_BY_DIRECTORY, EXTRA_ALIASES } from './data/service-names.js';

/**
 * Characters no AWS name has and that could make a name look like another: controls (NUL, new
 * lines), format characters (zero-width, bidi overrides, soft hyphen), surrogates, private use,
 * unassigned, and line/paragraph separators.
 */
const INVISIBLE_OR_CONTROL = /[\p{C}\p{Zl}\p{Zp}]/u;

/** True when `name` has none of those characters (compacting would silently drop them). */
export function isPlainName(name: string): boolean {
  return !INVISIBLE_OR_CONTROL.test(name);
}

/**
 * Refuses a name with control or invisible characters, so what is decided and audited is exactly
 * what was asked: `dynamodb\u0000` must not quietly become `dynamodb`.
 */
export function requirePlainName(name: string, what: string): void {
  const bad = INVISIBLE_OR_CONTROL.exec(name);
  if (!bad) return;
  const at = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ToolError('InvalidInput', `The ${what} contains a control or invisible character (${at}).`, {
    hint: `Type the ${what} in plain characters, e.g. "dynamodb" or "ListTables".`,
    details: { field: what, character: at },
  });
}

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

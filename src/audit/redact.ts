// Redaction before anything reaches the audit database: members the model marks
// `smithy.api#sensitive` (given by the caller as paths or a predicate) and secret-looking field names
// are replaced whole; binary values are summarised by size. Secrets are never written, so they
// cannot linger in the database file, its WAL or freed pages.

import { isSecretFieldName } from './secret-field-names.js';

export const REDACTED = '[REDACTED]';

/**
 * Decides whether the member at `path` is sensitive. Path segments are member names (object keys);
 * list items appear as `*`. Map keys appear as the key itself, so a rule for map values uses `*`.
 */
export type SensitivePredicate = (path: readonly string[]) => boolean;

export interface RedactionRules {
  /** Dotted member paths with `*` wildcards, e.g. `Credentials.SecretAccessKey`, `Users.*.Password`. */
  readonly sensitivePaths?: Iterable<string>;
  readonly isSensitive?: SensitivePredicate;
}

/** A predicate for dotted paths with `*` wildcards (a `*` segment matches any one key or index). */
export function sensitivePathMatcher(paths: Iterable<string>): SensitivePredicate {
  const patterns = [...paths].map((p) => p.split('.'));
  return (path) =>
    patterns.some((p) => p.length === path.length && p.every((seg, i) => seg === '*' || seg === path[i]));
}

export function redact(value: unknown, rules: RedactionRules = {}): unknown {
  const byPath = rules.sensitivePaths ? sensitivePathMatcher(rules.sensitivePaths) : undefined;
  const sensitive = (path: readonly string[]): boolean =>
    (byPath?.(path) ?? false) || (rules.isSensitive?.(path) ?? false);
  return walk(value, [], sensitive);
}

function walk(value: unknown, path: string[], sensitive: (p: readonly string[]) => boolean): unknown {
  if (value instanceof Uint8Array) return `[binary ${value.byteLength} bytes]`;
  if (Array.isArray(value)) {
    return value.map((v) => {
      const p = [...path, '*'];
      return sensitive(p) ? REDACTED : walk(v, p, sensitive);
    });
  }
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = [...path, k];
      out[k] = isSecretFieldName(k) || sensitive(p) ? REDACTED : walk(v, p, sensitive);
    }
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** JSON of a redacted value, cut to `maxChars` (a cut value is stored as `{truncated, preview}`). */
export function redactedJson(value: unknown, rules: RedactionRules, maxChars: number): string | null {
  if (value === undefined) return null;
  const json = JSON.stringify(redact(value, rules)) ?? 'null';
  if (json.length <= maxChars) return json;
  return JSON.stringify({ truncated: true, length: json.length, preview: json.slice(0, maxChars) });
}

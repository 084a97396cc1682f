// Canonical JSON (object keys sorted, no whitespace) and its keyed hash: what a confirmation token
// is bound to. Two payloads that differ only in key order hash the same; any other change does
// not. The hash is an HMAC-SHA256 under a per-install secret key (payload-key.ts), not a plain
// sha256: a payload may hold a low-entropy secret (an 8-digit one-time password), which a plain
// hash stored in the approvals table would let anyone with the database guess offline.

import { createHmac } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // undefined and functions have no JSON form; bigint does not either, keep it distinct as text.
    if (typeof value === 'bigint') return JSON.stringify(value.toString());
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'));
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** HMAC-SHA256 (hex) of the payload's canonical JSON under `key`. */
export function hashPayload(payload: unknown, key: Uint8Array): string {
  return createHmac('sha256', key).update(canonicalJson(payload)).digest('hex');
}

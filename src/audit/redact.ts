// What the audit database stores of a request or response: the shared redactor (model's sensitive
// trait plus secret-looking names) applied before anything is written, binaries summarised by
// size, then cut to a size. Secrets are never written, so they cannot linger in the database
// file, its WAL or freed pages.

import { redact, type RedactContext } from '../redaction/redact.js';

/** JSON of a redacted value, cut to `maxChars` (a cut value is stored as `{truncated, preview}`). */
export function redactedJson(value: unknown, ctx: RedactContext, maxChars: number): string | null {
  if (value === undefined) return null;
  const json = JSON.stringify(redact(value, ctx), storable) ?? 'null';
  if (json.length <= maxChars) return json;
  return JSON.stringify({ truncated: true, length: json.length, preview: json.slice(0, maxChars) });
}

/** A JSON replacer; reads the holder's raw value because a Buffer's toJSON runs before it. */
function storable(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Uint8Array) return `[binary ${raw.byteLength} bytes]`;
  if (typeof value === 'bigint') return value.toString();
  return value;
}

// Secrets repeated back. AWS error messages sometimes quote the request ("Password 'hunter2' does
// not meet the requirements"), so a secret the redactor hid from the stored request would reach
// the audit row, the tool result and the logs through the error text. Every value `redact` hides
// from the request is looked for in such texts, as written and in the encodings AWS and this
// server use (JSON and XML escaping, URL and form encoding), and replaced.

import { isPlainObject } from '../model/plain-object.js';
import { hiddenValues, REDACTED } from './redact.js';

/** The texts of the values hidden in `redacted` (the `redact` of `original`), longest first. */
export function secretTexts(original: unknown, redacted: unknown): string[] {
  const texts = [...hiddenValues(original, redacted)].map((json) => {
    const v = JSON.parse(json) as unknown;
    return typeof v === 'string' ? v : String(v);
  });
  return [...new Set(texts)].filter((t) => t !== '' && t !== REDACTED).sort((a, b) => b.length - a.length);
}

function spellings(secret: string): string[] {
  const xml = secret
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  const url = encodeURIComponent(secret);
  return [secret, JSON.stringify(secret).slice(1, -1), xml, url, url.replace(/%20/g, '+')];
}

/** `text` with every spelling of every secret replaced by "<redacted>". */
export function hideEchoes(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    for (const s of spellings(secret)) if (out.includes(s)) out = out.split(s).join(REDACTED);
  }
  return out;
}

/** `value` with `hideEchoes` applied to every string in it (keys included); others shared. */
export function hideEchoesIn(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return hideEchoes(value, secrets);
  if (depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => hideEchoesIn(v, secrets, depth + 1));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [hideEchoes(k, secrets), hideEchoesIn(v, secrets, depth + 1)]),
  );
}

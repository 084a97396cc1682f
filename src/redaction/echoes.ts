// Secrets repeated back. AWS error messages sometimes quote the request ("Password 'hunter2' does
// not meet the requirements"), so a secret the redactor hid from the stored request would reach
// the audit row, the tool result and the logs through the error text. Every value `redact` hides
// from the request is looked for in such texts, as written and in every escaping a serializer
// may apply to each of its characters (JSON, XML named and numeric references, percent and form
// encoding, in any mixture), and replaced.

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

const XML_NAMED: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

const hex = (n: number, width: number): string[] => {
  const h = n.toString(16).padStart(width, '0');
  return [h.toLowerCase(), h.toUpperCase()];
};

/** Every way one character may be written: as is, JSON-, XML- or percent-escaped. */
function charSpellings(c: string): string[] {
  const units = [...Array(c.length).keys()].map((i) => c.charCodeAt(i));
  const cp = c.codePointAt(0)!;
  const jsonU = hex(units[0]!, 4).map((_, k) => units.map((u) => `\\u${hex(u, 4)[k]}`).join(''));
  const xmlRefs = [`&#${cp};`, ...hex(cp, 1).map((h) => `&#x${h};`)];
  const bytes = [...Buffer.from(c, 'utf8')];
  const percent = [0, 1].map((k) => bytes.map((b) => `%${hex(b, 2)[k]}`).join(''));
  const named = XML_NAMED[c];
  return [
    c,
    JSON.stringify(c).slice(1, -1),
    ...jsonU,
    ...xmlRefs,
    ...percent,
    ...(named ? [named] : []),
    ...(c === ' ' ? ['+'] : []),
  ];
}

const escapeRegExp = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching the secret in any mixture of the spellings above. */
function spellingPattern(secret: string): RegExp {
  const parts = [...secret].map((c) => `(?:${[...new Set(charSpellings(c))].map(escapeRegExp).join('|')})`);
  return new RegExp(parts.join(''), 'g');
}

/** `text` with every spelling of every secret replaced by "<redacted>". */
export function hideEchoes(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.replace(spellingPattern(secret), REDACTED);
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

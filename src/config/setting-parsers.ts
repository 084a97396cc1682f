// The parsers of setting values (settings.ts): each takes the raw environment string and yields
// the typed value or what it accepts, which the startup error shows.

import os from 'node:os';
import path from 'node:path';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; accepted: string };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export function bool(raw: string): ParseResult<boolean> {
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return ok(true);
  if (['false', '0', 'no', 'off'].includes(v)) return ok(false);
  return { ok: false, accepted: 'true | false (also 1/0, yes/no, on/off)' };
}

export function oneOf<const T extends string>(values: readonly T[]) {
  return (raw: string): ParseResult<T> => {
    const v = raw.trim().toLowerCase() as T;
    return values.includes(v) ? ok(v) : { ok: false, accepted: values.join(' | ') };
  };
}

export function intIn(min: number, max: number) {
  return (raw: string): ParseResult<number> => {
    const v = raw.trim();
    const n = Number(v);
    return /^\d+$/.test(v) && n >= min && n <= max
      ? ok(n)
      : { ok: false, accepted: `an integer from ${min} to ${max}` };
  };
}

/** An integer in range, or nothing when empty (the setting is then off). */
export function optionalIntIn(min: number, max: number) {
  const parse = intIn(min, max);
  return (raw: string): ParseResult<number | undefined> => (raw.trim() === '' ? ok(undefined) : parse(raw));
}

export function nonEmpty(raw: string): ParseResult<string> {
  const v = raw.trim();
  return v ? ok(v) : { ok: false, accepted: 'a non-empty string' };
}

export function optionalString(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  return ok(v || undefined);
}

/** A libpq URL; its password never appears in the message of a refused value. */
export function postgresUrl(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  if (!v) return ok(undefined);
  const accepted = { ok: false as const, accepted: 'a postgres:// or postgresql:// URL' };
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(v).protocol) ? ok(v) : accepted;
  } catch {
    return accepted;
  }
}

/** The AWS SDKs warn beyond 50 characters; a value the SDKs would not send whole is refused. */
export function userAgentAppId(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  return v.length <= 50 ? ok(v || undefined) : { ok: false, accepted: 'at most 50 characters' };
}

export function commitSha(raw: string): ParseResult<string | undefined> {
  const v = raw.trim().toLowerCase();
  if (!v) return ok(undefined);
  return /^[0-9a-f]{7,40}$/.test(v) ? ok(v) : { ok: false, accepted: 'a git commit sha (7-40 hex digits)' };
}

export function absolutePathOf(raw: string): ParseResult<string> {
  const v = raw.trim();
  if (!v) return { ok: false, accepted: 'a file system path' };
  return ok(path.resolve(v.startsWith('~/') ? path.join(os.homedir(), v.slice(2)) : v));
}

export function hostNameList(raw: string): ParseResult<readonly string[]> {
  const names = raw
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  // A host name as the Host and Origin checks compare it: no scheme, port or path.
  const valid = (n: string) => {
    try {
      return new URL(`http://${n}`).hostname === n;
    } catch {
      return false;
    }
  };
  return names.every(valid)
    ? ok(names)
    : { ok: false, accepted: 'comma-separated host names without scheme or port (IPv6 in brackets)' };
}

/** `https:`, or `http:` only for a loopback host (a local test issuer): tokens and keys travel in clear otherwise. */
function secureUrl(value: string): boolean {
  try {
    const u = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
    return u.protocol === 'https:' || (u.protocol === 'http:' && loopback);
  } catch {
    return false;
  }
}

export function issuerList(raw: string): ParseResult<readonly string[]> {
  // Kept exactly as written: an issuer identifier is compared character for character (RFC 8414 §3.3).
  const issuers = raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return issuers.every(secureUrl)
    ? ok(issuers)
    : { ok: false, accepted: 'comma-separated https issuer URLs (http only on localhost/127.0.0.1)' };
}

export function wordList(raw: string): ParseResult<readonly string[]> {
  return ok([...new Set(raw.split(/[\s,]+/).filter(Boolean))]);
}

export function optionalHttpUrl(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  if (!v) return ok(undefined);
  try {
    const u = new URL(v);
    if (u.protocol === 'http:' || u.protocol === 'https:') return ok(u.href);
  } catch {
    // answered below
  }
  return { ok: false, accepted: 'an http(s) URL' };
}

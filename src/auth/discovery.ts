// Finds an issuer's keys: its discovery document, then `jwks_uri`. The documents are tried in the
// order the MCP authorization spec gives clients: RFC 8414 (`oauth-authorization-server`, the
// issuer's path after the well-known segment), then OpenID Connect discovery in both its RFC 8414
// form and its original form (path, then `/.well-known/openid-configuration`).

import { IssuerUnavailable } from './types.js';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface IssuerMetadata {
  readonly issuer: string;
  readonly jwks_uri: string;
}

const TIMEOUT_MS = 5000;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The discovery URLs of an issuer, most specific first. */
export function discoveryUrls(issuer: string): string[] {
  const url = new URL(issuer);
  const path = url.pathname.replace(/\/+$/, '');
  const at = (p: string) => new URL(p, url.origin).href;
  if (path === '') {
    return [at('/.well-known/oauth-authorization-server'), at('/.well-known/openid-configuration')];
  }
  return [
    at(`/.well-known/oauth-authorization-server${path}`),
    at(`/.well-known/openid-configuration${path}`),
    at(`${path}/.well-known/openid-configuration`),
  ];
}

async function readDocument(url: string, fetchFn: FetchLike): Promise<unknown> {
  const response = await fetchFn(url, {
    headers: { accept: 'application/json' },
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return response.json();
}

/** Keys fetched in clear could be swapped on the way: https, or http to this machine only. */
function secureKeyUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  } catch {
    return false;
  }
}

/** A document is usable only if it names this very issuer (RFC 8414 §3.3) and has its key set. */
function usable(doc: unknown, issuer: string, url: string): IssuerMetadata {
  const d = doc as Partial<Record<string, unknown>> | null;
  if (d?.issuer !== issuer) throw new Error(`${url}: names issuer ${JSON.stringify(d?.issuer)}`);
  if (typeof d.jwks_uri !== 'string') throw new Error(`${url}: has no jwks_uri`);
  if (!secureKeyUrl(d.jwks_uri)) throw new Error(`${url}: jwks_uri is not https`);
  return { issuer, jwks_uri: d.jwks_uri };
}

/** The first usable discovery document of `issuer`, or IssuerUnavailable with every reason. */
export async function discoverIssuer(issuer: string, fetchFn: FetchLike = fetch): Promise<IssuerMetadata> {
  const problems: string[] = [];
  for (const url of discoveryUrls(issuer)) {
    try {
      return usable(await readDocument(url, fetchFn), issuer, url);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  throw new IssuerUnavailable(issuer, problems.join('; '));
}

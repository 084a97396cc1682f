// The person a verified access token names. Providers put the same facts under different claims:
// groups under `groups` (Okta, Entra), `cognito:groups` or `realm_access.roles` (Keycloak); scopes
// as a space-separated `scope` (RFC 9068) or `scp` (Entra: a string, Okta: an array); the client
// as `azp` (OIDC, Entra v2) or `client_id` (RFC 9068).

import type { JWTPayload } from 'jose';
import type { Principal } from '../identity/principal.js';
import { TokenRejected } from './types.js';

/** A claim by exact name first (`cognito:groups`), else by dotted path (`realm_access.roles`). */
export function claimAt(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A list claim: an array of strings, or one space-separated string (`scope`). */
function words(value: unknown, separator: RegExp | undefined): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  if (typeof value !== 'string' || value === '') return [];
  return separator ? value.split(separator).filter(Boolean) : [value];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function scopesOf(claims: JWTPayload): string[] {
  return [...new Set([...words(claims.scope, /\s+/), ...words(claims.scp, /\s+/)])];
}

export function principalFromClaims(claims: JWTPayload, groupsClaim: string): Principal {
  const subject = text(claims.sub);
  const issuer = text(claims.iss);
  if (!subject || !issuer) throw new TokenRejected('the token names no subject (sub) or issuer (iss)');
  const name = text(claims.name) ?? text(claims.preferred_username);
  const email = text(claims.email);
  const clientId = text(claims.azp) ?? text(claims.client_id);
  return {
    source: 'oauth',
    subject,
    issuer,
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    // A group is one value even when it has spaces in it (Entra display names).
    groups: [...new Set(words(claimAt(claims, groupsClaim), undefined))],
    ...(clientId ? { clientId } : {}),
    scopes: scopesOf(claims),
  };
}

// Who is calling. Every call carries one: the policy matches it (identities), approvals and tokens
// are bound to it, rate limits count per principal, and the audit names it on every row.
// - stdio (and unauthenticated loopback HTTP): the local OS user running the server;
// - authenticated HTTP: the person a verified OAuth access token names (`iss` + `sub`).

import { userInfo } from 'node:os';

export interface Principal {
  /** Where the identity comes from: the OS user of this process, or a verified bearer token. */
  readonly source: 'local' | 'oauth';
  /** The token's `sub`, or the OS user name. */
  readonly subject: string;
  /** The token's `iss`; absent for a local principal. */
  readonly issuer?: string;
  readonly name?: string;
  readonly email?: string;
  readonly groups: readonly string[];
  /** The MCP client the token was issued to (`azp` or `client_id`). */
  readonly clientId?: string;
  /** Scopes the token grants. */
  readonly scopes?: readonly string[];
}

let local: Principal | undefined;

/** The OS user running this process (read once: it cannot change while the process runs). */
export function localPrincipal(): Principal {
  local ??= { source: 'local', subject: osUserName(), groups: [] };
  return local;
}

/** One stable string per person: what tokens, approvals, limits and audit rows are keyed by. */
export function principalKey(principal: Principal): string {
  return principal.source === 'local'
    ? `local:${principal.subject}`
    : `${principal.issuer}#${principal.subject}`;
}

function osUserName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    // No passwd entry for this uid (some containers): still one stable name for the process.
    return 'unknown';
  }
}

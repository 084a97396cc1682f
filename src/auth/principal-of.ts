// Where HttpAuth puts the verified person in the SDK's AuthInfo, and how the MCP layer reads it
// back. Kept apart from http-auth.ts so reading it never loads the token verifier (jose): stdio
// and unauthenticated HTTP start without it.

import type { AuthInfo } from '@modelcontextprotocol/server';
import type { Principal } from '../identity/principal.js';

const PRINCIPAL = 'principal';

/** The AuthInfo `extra` that carries `principal`. */
export function withPrincipal(principal: Principal): Record<string, unknown> {
  return { [PRINCIPAL]: principal };
}

/** The person a request was authenticated as, put there by HttpAuth.authenticate. */
export function principalOf(authInfo: AuthInfo | undefined): Principal | undefined {
  return authInfo?.extra?.[PRINCIPAL] as Principal | undefined;
}

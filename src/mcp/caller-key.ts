// Names the caller a confirmation token (and an audit row) is bound to: a principal and a session.
// The principal is the verified person on authenticated HTTP (`<iss>#<sub>`), else the local OS
// user, so another person's token is refused even within the same session. Sessions, by transport:
// - stdio: the one client of this process, named by a random id drawn when the process starts;
// - Streamable HTTP, 2025 era: the Mcp-Session-Id the server generated at initialize;
// - Streamable HTTP, 2026-07-28: the protocol has no sessions, so the session is `http-sessionless`
//   and such a token is bound to the principal alone (any other sessionless caller of that principal).

import { randomUUID } from 'node:crypto';
import { principalKey, type Principal } from '../identity/principal.js';

export interface Caller {
  /** principalKey() of who calls; undefined only where no principal is known (`anonymous`). */
  readonly principal?: string;
  readonly session: string;
}

const STDIO_SESSION = `stdio:${randomUUID()}`;

export function callerKey(caller: Caller): string {
  return `${caller.principal ?? 'anonymous'}/${caller.session}`;
}

/** The caller of one request, from what the transport knows about it. */
export function callerOf(
  transport: 'stdio' | 'http',
  sessionId: string | undefined,
  principal?: Principal,
): Caller {
  const who = principal ? { principal: principalKey(principal) } : {};
  if (transport === 'stdio') return { ...who, session: STDIO_SESSION };
  return { ...who, session: sessionId ? `http:${sessionId}` : 'http-sessionless' };
}

// Names the caller a confirmation token (and an audit row) is bound to: a principal and a session.
// Today there is no authentication, so the principal is `anonymous`; the remote-access work puts
// the verified principal here and every binding follows. Sessions, by transport:
// - stdio: the one client of this process, named by a random id drawn when the process starts;
// - Streamable HTTP, 2025 era: the Mcp-Session-Id the server generated at initialize;
// - Streamable HTTP, 2026-07-28: the protocol has no sessions, so the session is `http-sessionless`
//   and such a token is bound to the principal alone (any other sessionless caller of that principal).

import { randomUUID } from 'node:crypto';

export interface Caller {
  /** The authenticated principal; undefined while the server has no authentication. */
  readonly principal?: string;
  readonly session: string;
}

const STDIO_SESSION = `stdio:${randomUUID()}`;

export function callerKey(caller: Caller): string {
  return `${caller.principal ?? 'anonymous'}/${caller.session}`;
}

/** The caller of one request, from what the transport knows about it. */
export function callerOf(transport: 'stdio' | 'http', sessionId: string | undefined): Caller {
  if (transport === 'stdio') return { session: STDIO_SESSION };
  return { session: sessionId ? `http:${sessionId}` : 'http-sessionless' };
}

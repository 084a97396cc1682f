// Who and what one call is for, built once from the tool call's context and passed to every step
// that needs it: the steps read identity, session and cancellation from here and nowhere else, so
// an authenticated person (OAuth) replaces the local OS user without any step changing.

import { principalKey, type Principal } from '../../identity/principal.js';
import type { ApprovalAnswerPort, ToolCallContext } from '../tool-definition.js';

export interface CallContext {
  /** The person calling: the local OS user today, a verified token's subject tomorrow. */
  readonly principal: Principal;
  /** `principalKey(principal)`: what audit rows and limits name the person by. */
  readonly principalKey: string;
  /**
   * The caller key (principal and MCP session, named by mcp/caller-key.ts): confirmation tokens
   * and approval answers are bound to it; absent is a value of its own, not a wildcard.
   */
  readonly sessionId?: string;
  /** The MCP client's clientInfo, when it sent one: named in the User-Agent AWS records. */
  readonly client?: { readonly name: string; readonly version?: string };
  /** Aborted by notifications/cancelled (or the transport closing): stops waits and retries. */
  readonly signal: AbortSignal;
  /** Progress for long waits; a no-op when the client sent no progress token. */
  readonly progress: ToolCallContext['progress'];
  /** How to ask the person for a yes (elicitation), when the client can be asked. */
  readonly approval: ApprovalAnswerPort;
}

export function callContextOf(ctx: ToolCallContext): CallContext {
  return {
    principal: ctx.principal,
    principalKey: principalKey(ctx.principal),
    ...(ctx.sessionId ? { sessionId: ctx.sessionId } : {}),
    ...(ctx.client ? { client: ctx.client } : {}),
    signal: ctx.signal,
    progress: ctx.progress,
    approval: ctx.approval,
  };
}

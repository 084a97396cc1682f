// Tools as data: each use case is a definition (names, description, input schema, annotations)
// plus a run function that returns domain results and throws ToolError. mcp/ turns a definition
// into a registered MCP tool; nothing here knows about MCP transports or result envelopes.

import type { Principal } from '../identity/principal.js';
import type { z } from 'zod';

export type ToolNaming = 'underscore' | 'dotted';

export interface ApprovalAnswerPort {
  /**
   * Asks the human (through the client's elicitation) to approve a request. Implementations may
   * suspend the call and re-enter it later (MCP multi-round-trip), calling `hooks.unanswered` if
   * the suspended question expires; `undefined` means the client cannot be asked, so the token
   * flow applies. `timeout`: nobody answered; `aborted`: the tool call was cancelled meanwhile.
   */
  readonly ask?: (
    question: { message: string; requestHash: string },
    hooks: { unanswered: () => void },
  ) => Promise<'approve' | 'decline' | 'cancel' | 'timeout' | 'aborted'>;
}

export interface ToolCallContext {
  /** The person calling: the local OS user today, a verified token's subject over authenticated HTTP. */
  readonly principal: Principal;
  /** Who is calling (principal and session, named by mcp/caller-key.ts): binds confirmation tokens. */
  readonly sessionId?: string;
  readonly signal: AbortSignal;
  /** Progress for long waits (waiters); a no-op when the client sent no progress token. */
  readonly progress: (progress: number, total: number | undefined, message: string) => Promise<void>;
  readonly approval: ApprovalAnswerPort;
  /** The MCP client's name and version (its clientInfo), when it sent them: named on the wire. */
  readonly client?: { readonly name: string; readonly version?: string };
}

export interface ToolAnnotationsData {
  readonly readOnlyHint?: boolean;
  readonly destructiveHint?: boolean;
  readonly idempotentHint?: boolean;
  readonly openWorldHint?: boolean;
}

export interface ToolDefinition<S extends z.ZodObject = z.ZodObject> {
  readonly names: Readonly<Record<ToolNaming, string>>;
  readonly title: string;
  readonly description: string;
  readonly inputSchema: S;
  readonly outputSchema: z.ZodObject;
  readonly annotations: ToolAnnotationsData;
  /** Returns the structured result (becomes `structuredContent`). Throws ToolError on failure. */
  readonly run: (input: z.infer<S>, ctx: ToolCallContext) => Promise<Record<string, unknown>>;
}

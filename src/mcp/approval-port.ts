// Asks the human to approve a request through MCP elicitation, the way each protocol era allows:
// - 2026-07-28: the handler returns `inputRequired(...)`; the client asks the person and retries the
//   call with the answer. The answer comes back from the client, so it is bound to the exact
//   request: a request state sealed by the SDK's codec (HMAC) names a single-use nonce and the
//   request hash, and an answer is accepted only with a valid seal for the same request whose
//   nonce was never redeemed.
//   A nonce that expires unredeemed is reported as an unanswered question.
// - 2025-era connections: the handler sends `elicitation/create` itself and waits, so that a
//   person who never answers (timeout) and a call cancelled meanwhile are both seen here (the
//   SDK's input-required shim would swallow them); either way the SDK withdraws the question by
//   sending `notifications/cancelled` for it.

import { randomBytes } from 'node:crypto';
import {
  CLIENT_CAPABILITIES_META_KEY,
  createRequestStateCodec,
  inputRequired,
  SdkError,
  SdkErrorCode,
  type ClientCapabilities,
  type ElicitRequestFormParams,
  type McpServer,
  type RequestStateCodec,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { ApprovalAnswerPort } from '../tools/tool-definition.js';

const APPROVAL_KEY = 'approval';

/** Thrown by `ask` to suspend the call; the server factory returns the carried result. */
export class InputRequiredSignal {
  constructor(readonly result: ReturnType<typeof inputRequired>) {}
}

/** What a sealed approval question carries: its single-use nonce and the exact request it asks about. */
interface ApprovalState {
  readonly nonce: string;
  readonly requestHash: string;
}

/**
 * Process-wide single-use nonces of outstanding approval questions, each with its expiry timer.
 * The seal is the SDK's `createRequestStateCodec` (HMAC-SHA256, constant-time verify, expiry);
 * what it cannot give is kept here: single use (the nonce must still be pending, and is removed
 * when redeemed), the binding to the exact request (the hash is compared after the seal holds),
 * and the report of a question nobody answered (the timer). The codec is verified here, not as
 * the server's `requestState.verify`, so a forged or replayed answer means "ask again" rather
 * than a protocol error. Its key is per process, like the nonces: one process serves a flow.
 */
export class ApprovalNonces {
  private readonly codec: RequestStateCodec<ApprovalState>;
  private readonly pending = new Map<string, NodeJS.Timeout>();

  /** `answerWindowMs`: how long a question stays answerable (AWS_MCP_APPROVAL_PROMPT_TIMEOUT_SECONDS). */
  constructor(readonly answerWindowMs: number) {
    this.codec = createRequestStateCodec<ApprovalState>({
      key: randomBytes(32),
      ttlSeconds: Math.ceil(answerWindowMs / 1000),
    });
  }

  /** A sealed state for one question; `onExpired` runs if it is never redeemed in time. */
  async mint(requestHash: string, onExpired: () => void): Promise<string> {
    const nonce = randomBytes(16).toString('hex');
    const timer = setTimeout(() => {
      if (this.pending.delete(nonce)) onExpired();
    }, this.answerWindowMs);
    timer.unref();
    this.pending.set(nonce, timer);
    return this.codec.mint({ nonce, requestHash });
  }

  /** True once per minted state, only for the same request and before expiry. */
  async redeem(state: unknown, requestHash: string): Promise<boolean> {
    if (typeof state !== 'string') return false;
    const sealed = await this.codec.verify(state, NO_BINDING).catch(() => undefined);
    if (sealed === undefined || sealed.requestHash !== requestHash) return false;
    const timer = this.pending.get(sealed.nonce);
    if (timer === undefined) return false;
    clearTimeout(timer);
    return this.pending.delete(sealed.nonce);
  }
}

/**
 * The codec reads its context only for a `bind` callback, which is not used: the request hash
 * already binds the caller (principal and session), the operation and the payload.
 */
const NO_BINDING = {} as ServerContext;

function clientCapabilities(server: McpServer, ctx: ServerContext): ClientCapabilities | undefined {
  const perRequest = ctx.mcpReq.envelope?.[CLIENT_CAPABILITIES_META_KEY as keyof typeof ctx.mcpReq.envelope];
  return (perRequest as ClientCapabilities | undefined) ?? server.server.getClientCapabilities();
}

function answerOf(response: unknown): 'approve' | 'decline' | 'cancel' {
  const r = response as { action?: unknown; content?: { approve?: unknown } } | undefined;
  if (r?.action === 'accept') return r.content?.approve === true ? 'approve' : 'decline';
  return r?.action === 'decline' ? 'decline' : 'cancel';
}

function approvalForm(message: string): ElicitRequestFormParams {
  return {
    mode: 'form',
    message,
    requestedSchema: {
      type: 'object',
      properties: {
        approve: {
          type: 'boolean',
          title: 'Approve this AWS request',
          description: 'Run exactly the request described above, once.',
        },
      },
      required: ['approve'],
    },
  };
}

export interface ApprovalPortOptions {
  readonly nonces: ApprovalNonces;
  /** The protocol era this server instance serves (from the SDK's factory context). */
  readonly era: 'legacy' | 'modern';
}

export function createApprovalPort(
  server: McpServer,
  ctx: ServerContext,
  opts: ApprovalPortOptions,
): ApprovalAnswerPort {
  if (!clientCapabilities(server, ctx)?.elicitation) return {};
  return {
    ask:
      opts.era === 'legacy' ? askAndWait(ctx, opts.nonces.answerWindowMs) : askByRoundTrip(ctx, opts.nonces),
  };
}

function askAndWait(ctx: ServerContext, timeout: number): NonNullable<ApprovalAnswerPort['ask']> {
  return async ({ message }) => {
    try {
      const params = approvalForm(message);
      const response = await ctx.mcpReq.send(
        { method: 'elicitation/create', params: { ...params } },
        { timeout, signal: ctx.mcpReq.signal },
      );
      return answerOf(response);
    } catch (e) {
      if (ctx.mcpReq.signal.aborted) return 'aborted';
      if (e instanceof SdkError && e.code === SdkErrorCode.RequestTimeout) return 'timeout';
      throw e;
    }
  };
}

function askByRoundTrip(ctx: ServerContext, nonces: ApprovalNonces): NonNullable<ApprovalAnswerPort['ask']> {
  return async ({ message, requestHash }, hooks) => {
    const response = ctx.mcpReq.inputResponses?.[APPROVAL_KEY];
    if (response !== undefined) {
      const state = ctx.mcpReq.requestState();
      // A forged or replayed answer is treated as "not answered": we ask again.
      if (await nonces.redeem(state, requestHash)) return answerOf(response);
    }
    throw new InputRequiredSignal(
      inputRequired({
        inputRequests: { [APPROVAL_KEY]: inputRequired.elicit(approvalForm(message)) },
        requestState: await nonces.mint(requestHash, hooks.unanswered),
      }),
    );
  };
}

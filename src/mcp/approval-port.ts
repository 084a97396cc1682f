// Asks the human to approve a request through MCP elicitation, the way each protocol era allows:
// - 2026-07-28: the handler returns `inputRequired(...)`; the client asks the person and retries the
//   call with the answer. The answer comes back from the client, so it is bound to the exact
//   request: an HMAC-sealed request state names a single-use nonce and the request hash, and an
//   answer is accepted only with a valid seal for the same request whose nonce was never redeemed.
//   A nonce that expires unredeemed is reported as an unanswered question.
// - 2025-era connections: the handler sends `elicitation/create` itself and waits, so that a
//   person who never answers (timeout) and a call cancelled meanwhile are both seen here (the
//   SDK's input-required shim would swallow them); either way the SDK withdraws the question by
//   sending `notifications/cancelled` for it.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  CLIENT_CAPABILITIES_META_KEY,
  inputRequired,
  SdkError,
  SdkErrorCode,
  type ClientCapabilities,
  type ElicitRequestFormParams,
  type McpServer,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { ApprovalNonceStore } from '../state/ports.js';
import type { ApprovalAnswerPort } from '../tools/tool-definition.js';

const APPROVAL_KEY = 'approval';

/** Thrown by `ask` to suspend the call; the server factory returns the carried result. */
export class InputRequiredSignal {
  constructor(readonly result: ReturnType<typeof inputRequired>) {}
}

/** Where question nonces live, and the key their state is sealed with (the same on every instance). */
export interface SharedQuestions {
  readonly nonces: ApprovalNonceStore;
  readonly sealKey: Buffer;
}

/**
 * Single-use nonces of outstanding approval questions. Nonces and seal key come from the shared
 * store, so the answer may reach any instance; the expiry timer stays with the minting process.
 */
export class ApprovalNonces {
  /**
   * `answerWindowMs`: how long a question stays answerable (AWS_MCP_APPROVAL_PROMPT_TIMEOUT_SECONDS).
   * `shared`: asked for on first use (the shared store opens with the models).
   */
  constructor(
    readonly answerWindowMs: number,
    private readonly shared: () => SharedQuestions,
  ) {}

  /** A sealed state for one question; `onExpired` runs if it is never redeemed in time. */
  async mint(requestHash: string, onExpired: () => void, now = Date.now()): Promise<string> {
    const nonce = randomBytes(16).toString('hex');
    const expires = now + this.answerWindowMs;
    const store = this.shared().nonces;
    await store.add(nonce, expires);
    const timer = setTimeout(() => {
      // Still there at expiry: nobody answered, on any instance.
      store.withdraw(nonce).then(
        (unanswered) => unanswered && onExpired(),
        () => undefined,
      );
    }, this.answerWindowMs);
    timer.unref();
    const body = `${nonce}.${requestHash}.${expires}`;
    return `${body}.${this.sign(body)}`;
  }

  /** True once per minted state, only for the same request and before expiry. */
  async redeem(state: unknown, requestHash: string, now = Date.now()): Promise<boolean> {
    if (typeof state !== 'string') return false;
    const parts = state.split('.');
    if (parts.length !== 4) return false;
    const [nonce, hash, expires, mac] = parts as [string, string, string, string];
    const expected = Buffer.from(this.sign(`${nonce}.${hash}.${expires}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    if (hash !== requestHash || Number(expires) < now) return false;
    return this.shared().nonces.redeem(nonce, now);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.shared().sealKey).update(body).digest('base64url');
  }
}

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

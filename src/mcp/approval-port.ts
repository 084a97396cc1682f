// Asks the human to approve a request through MCP elicitation, written once for both protocol eras:
// the handler returns `inputRequired(...)`; a 2026-07-28 client fulfils it and retries the call, and
// on 2025-era connections the SDK's shim sends a real `elicitation/create` and re-enters the handler.
//
// The answer comes back from the client, so it is bound to the exact request: the server mints an
// HMAC-sealed request state naming a single-use nonce and the request hash, and accepts an answer
// only with a valid seal for the same request whose nonce was never redeemed before.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  CLIENT_CAPABILITIES_META_KEY,
  inputRequired,
  type ClientCapabilities,
  type McpServer,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { ApprovalAnswerPort } from '../tools/tool-definition.js';

const APPROVAL_KEY = 'approval';
const ANSWER_TTL_MS = 15 * 60 * 1000;

/** Thrown by `ask` to suspend the call; the server factory returns the carried result. */
export class InputRequiredSignal {
  constructor(readonly result: ReturnType<typeof inputRequired>) {}
}

/** Process-wide single-use nonces of outstanding approval questions, with their expiry. */
export class ApprovalNonces {
  private readonly key = randomBytes(32);
  private readonly pending = new Map<string, number>();

  mint(requestHash: string, now = Date.now()): string {
    this.purge(now);
    const nonce = randomBytes(16).toString('hex');
    const expires = now + ANSWER_TTL_MS;
    this.pending.set(nonce, expires);
    const body = `${nonce}.${requestHash}.${expires}`;
    return `${body}.${this.sign(body)}`;
  }

  /** True once per minted state, only for the same request and before expiry. */
  redeem(state: unknown, requestHash: string, now = Date.now()): boolean {
    if (typeof state !== 'string') return false;
    const parts = state.split('.');
    if (parts.length !== 4) return false;
    const [nonce, hash, expires, mac] = parts as [string, string, string, string];
    const expected = Buffer.from(this.sign(`${nonce}.${hash}.${expires}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    if (hash !== requestHash || Number(expires) < now) return false;
    return this.pending.delete(nonce);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  private purge(now: number): void {
    for (const [nonce, expires] of this.pending) if (expires < now) this.pending.delete(nonce);
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

export function createApprovalPort(
  server: McpServer,
  ctx: ServerContext,
  nonces: ApprovalNonces,
): ApprovalAnswerPort {
  if (!clientCapabilities(server, ctx)?.elicitation) return {};
  return {
    ask: async ({ message, requestHash }) => {
      const response = ctx.mcpReq.inputResponses?.[APPROVAL_KEY];
      if (response !== undefined) {
        const state = ctx.mcpReq.requestState();
        // A forged or replayed answer is treated as "not answered": we ask again.
        if (nonces.redeem(state, requestHash)) return answerOf(response);
      }
      throw new InputRequiredSignal(
        inputRequired({
          inputRequests: {
            [APPROVAL_KEY]: inputRequired.elicit({
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
            }),
          },
          requestState: nonces.mint(requestHash),
        }),
      );
    },
  };
}

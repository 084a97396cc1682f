// Answers that reach the wrong instance. A 2025-era call that asks for approval sends
// `elicitation/create` on its own response stream and waits for the client's answer, which comes
// as a later POST of the session: behind a balancer without sticky sessions, that POST may reach
// another instance. Each instance knows which requests it sent and still awaits (it watches what
// its session transports send); an answer to anything else is left in the shared store
// (SessionStore.relay), and the instance that awaits it collects it (polling while it awaits
// something) and hands it to its transport as if the client had posted it there. Requests go out
// under random ids bound to their session (request-ids.ts), so an answer's id names one question
// whatever instance asked it; an answer whose id was not minted for this session is not relayed
// (nothing is stored for it), and of answers to one question the first relayed is the one kept.

import type { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/server';
import type { Logger } from '../logging/logger.js';
import type { SessionStore } from '../state/ports.js';

/** How often an instance that awaits answers looks for relayed ones. */
const POLL_MS = 200;
/** How long a relayed answer waits to be collected (longer than any approval question is asked). */
const RELAY_TTL_MS = 60 * 60 * 1000;
/**
 * An answer to an approval question is a few hundred bytes; anything much larger is not relayed
 * (it is left to the transport here), so a client cannot fill the store with big "answers".
 */
const MAX_RELAYED_CHARS = 64 * 1024;

type RequestId = string | number;

interface JsonRpcResponse {
  readonly id: RequestId;
}

/** The body's messages if every one is a JSON-RPC response (an answer), else undefined. */
function answersIn(body: unknown): JsonRpcResponse[] | undefined {
  const messages = Array.isArray(body) ? (body as unknown[]) : [body];
  const answers = messages.filter(
    (m): m is JsonRpcResponse =>
      typeof m === 'object' &&
      m !== null &&
      !('method' in m) &&
      ('result' in m || 'error' in m) &&
      (typeof (m as { id?: unknown }).id === 'string' || typeof (m as { id?: unknown }).id === 'number'),
  );
  return answers.length > 0 && answers.length === messages.length ? answers : undefined;
}

const keyOf = (id: RequestId): string => JSON.stringify(id);

export class SessionRelay {
  /** By session: the keys of the requests this instance sent there and still awaits. */
  private readonly awaiting = new Map<string, Set<string>>();
  private poller: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: () => SessionStore | undefined,
    /** Hands an answer to the session's transport here, as if the client had posted it. */
    private readonly deliver: (sessionId: string, message: unknown) => Promise<void>,
    /** True when `id` is one an instance gave a request it sent in session `sessionId`. */
    private readonly isOf: (sessionId: string, id: RequestId) => boolean,
    private readonly logger: Logger,
  ) {}

  /** Watches what the server sends in the session: a request awaits an answer, a cancellation ends that. */
  watch(sessionId: string, transport: WebStandardStreamableHTTPServerTransport): void {
    const send = transport.send.bind(transport);
    transport.send = async (message, options) => {
      const m = message as { method?: string; id?: RequestId; params?: { requestId?: RequestId } };
      if (m.method !== undefined && m.id !== undefined) this.await(sessionId, keyOf(m.id));
      else if (m.method === 'notifications/cancelled' && m.params?.requestId !== undefined)
        this.settle(sessionId, keyOf(m.params.requestId));
      return send(message, options);
    };
  }

  /**
   * Routes a POST body of the session: answers this instance awaits go on to its transport (false:
   * the caller serves the request as usual); answers another instance awaits are relayed through
   * the store (true: the caller answers 202, as the transport would for responses).
   */
  async route(sessionId: string, body: unknown): Promise<boolean> {
    const answers = answersIn(body);
    const store = this.store();
    if (!answers || !store) return false;
    const mine = this.awaiting.get(sessionId);
    if (answers.every((a) => mine?.has(keyOf(a.id)))) {
      for (const a of answers) this.settle(sessionId, keyOf(a.id));
      return false;
    }
    for (const answer of answers) {
      const key = keyOf(answer.id);
      if (mine?.has(key)) {
        this.settle(sessionId, key);
        await this.deliver(sessionId, answer);
      } else if (this.isOf(sessionId, answer.id) && JSON.stringify(answer).length <= MAX_RELAYED_CHARS) {
        await store.relay(sessionId, key, answer, Date.now() + RELAY_TTL_MS);
      }
    }
    return true;
  }

  /** The session closed here: nothing more is awaited in it. */
  forget(sessionId: string): void {
    this.awaiting.delete(sessionId);
    if (this.awaiting.size === 0) this.stop();
  }

  stop(): void {
    clearInterval(this.poller);
    this.poller = undefined;
  }

  private await(sessionId: string, key: string): void {
    const keys = this.awaiting.get(sessionId) ?? new Set<string>();
    this.awaiting.set(sessionId, keys.add(key));
    this.poller ??= setInterval(() => void this.collect(), POLL_MS);
    this.poller.unref();
  }

  private settle(sessionId: string, key: string): void {
    const keys = this.awaiting.get(sessionId);
    keys?.delete(key);
    if (keys?.size === 0) this.forget(sessionId);
  }

  /** Takes the relayed answers to what this instance awaits and hands each to its session. */
  private async collect(): Promise<void> {
    const store = this.store();
    if (!store) return;
    for (const [sessionId, keys] of [...this.awaiting]) {
      try {
        const answers = await store.collect(sessionId, [...keys], Date.now());
        for (const answer of answers as JsonRpcResponse[]) {
          this.settle(sessionId, keyOf(answer.id));
          await this.deliver(sessionId, answer);
        }
      } catch (e) {
        this.logger.warn('could not collect relayed answers', {
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }
  }
}

// The ids of the requests a 2025-era session's server sends to its client (approval questions).
// The SDK numbers them from 0 in each server instance, and a session served by several instances
// (no sticky sessions) has one server per instance: two instances asking at once would both ask
// "request 0", and the client's answer to one question would release the call waiting on the
// other (or the relay would hand it to the wrong instance). So on the wire each request gets an id
// of its own: a random UUID (unique in the session across instances, not guessable) and a MAC that
// binds it to the session under a key every instance shares. Answers are mapped back to the SDK's
// number here; one that names no question outstanding on this transport (guessed, planted early,
// repeated, late, or withdrawn) never reaches the SDK, and the relay keeps an answer for another
// instance only if its id was minted for this very session (so a client cannot fill the store).

import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type {
  JSONRPCMessage,
  JSONRPCRequest,
  JSONRPCResponse,
  RequestId,
  WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 128 bits of HMAC-SHA256, base64url. */
const MAC_CHARS = 22;
const MAC = new RegExp(`^[A-Za-z0-9_-]{${MAC_CHARS}}$`);

// Shape checks on messages the transport has already validated (cheaper than the SDK's schema guards,
// and this runs on every message of every session).
const isRequest = (m: JSONRPCMessage): m is JSONRPCRequest => 'method' in m && 'id' in m;
const isResponse = (m: JSONRPCMessage): m is JSONRPCResponse => !('method' in m);

/** Mints and checks wire ids, `<uuid>.<mac>`, the MAC over the session id and the UUID. */
export class WireRequestIds {
  /** Used while the shared key is not known yet: such ids are checked on this instance only. */
  private readonly ownKey = randomBytes(32);
  private derived: { from: Buffer; key: Buffer } | undefined;

  /** `sharedKey`: the approval-question seal key of the state store (the same on every instance). */
  constructor(private readonly sharedKey: () => Buffer | undefined) {}

  mint(sessionId: string): string {
    const nonce = randomUUID();
    return `${nonce}.${this.mac(sessionId, nonce)}`;
  }

  /** True when `id` was minted for `sessionId` by an instance that shares the key. */
  isOf(sessionId: string, id: unknown): id is string {
    if (typeof id !== 'string') return false;
    const [nonce = '', mac = '', ...rest] = id.split('.');
    if (rest.length > 0 || !UUID.test(nonce) || !MAC.test(mac)) return false;
    return timingSafeEqual(Buffer.from(mac), Buffer.from(this.mac(sessionId, nonce)));
  }

  private mac(sessionId: string, nonce: string): string {
    return createHmac('sha256', this.key())
      .update(`${sessionId}\n${nonce}`)
      .digest('base64url')
      .slice(0, MAC_CHARS);
  }

  /** A key of its own, derived from the seal key, so that key itself keeps serving one purpose. */
  private key(): Buffer {
    const from = this.sharedKey() ?? this.ownKey;
    if (this.derived?.from !== from) {
      const key = createHmac('sha256', from).update('aws-tool-mcp session request ids v1').digest();
      this.derived = { from, key };
    }
    return this.derived.key;
  }
}

/**
 * Gives every request the server sends on `transport` a fresh id from `mint` on the wire, and maps each
 * answer back to the SDK's own id once; `stray` hears of every answer that names no outstanding
 * request (it is dropped). Install after the server is connected (it wraps the SDK's handler),
 * and after anything that should see the wire ids of what is sent (it wraps `send` outermost).
 */
export function uniqueRequestIds(
  transport: WebStandardStreamableHTTPServerTransport,
  mint: () => string,
  stray: (id: unknown) => void,
): void {
  const local = new Map<string, RequestId>();
  const wire = new Map<RequestId, string>();
  const forget = (wireId: string): void => {
    wire.delete(local.get(wireId)!);
    local.delete(wireId);
  };

  const send = transport.send.bind(transport);
  transport.send = async (message, options) => {
    const outgoing = outward(message, mint, wire, local);
    try {
      return await send(outgoing.message, options);
    } catch (e) {
      if (outgoing.asked !== undefined) forget(outgoing.asked);
      throw e;
    } finally {
      if (outgoing.withdrawn !== undefined) forget(outgoing.withdrawn);
    }
  };

  const receive = transport.onmessage;
  transport.onmessage = (message, extra) => {
    if (!isResponse(message)) return receive?.(message, extra);
    const id = typeof message.id === 'string' ? local.get(message.id) : undefined;
    if (id === undefined) return stray(message.id);
    forget(message.id as string);
    receive?.({ ...message, id }, extra);
  };
}

interface Outgoing {
  readonly message: JSONRPCMessage;
  /** The wire id given to a request sent now. */
  readonly asked?: string;
  /** The wire id of a request this message withdraws (`notifications/cancelled`). */
  readonly withdrawn?: string;
}

/** `message` as it goes on the wire: a request under a new id, a cancellation naming it by that id. */
function outward(
  message: JSONRPCMessage,
  mint: () => string,
  wire: Map<RequestId, string>,
  local: Map<string, RequestId>,
): Outgoing {
  if (isRequest(message)) {
    const asked = mint();
    wire.set(message.id, asked);
    local.set(asked, message.id);
    return { message: { ...message, id: asked }, asked };
  }
  const cancelled =
    'method' in message && message.method === 'notifications/cancelled' ? message.params : undefined;
  const withdrawn =
    cancelled?.requestId !== undefined ? wire.get(cancelled.requestId as RequestId) : undefined;
  if (withdrawn === undefined) return { message };
  return { message: { ...message, params: { ...cancelled, requestId: withdrawn } }, withdrawn };
}

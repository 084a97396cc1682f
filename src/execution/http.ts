// Sending one signed request over node http/https (keep-alive agents, connect and request
// timeouts, abort signal) and returning the raw response with its body still a stream. Also the
// last touch before signing: the `host` and `content-length` headers the signature covers.

import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { calculateBodyLength } from '@smithy/core/serde';
import type { HttpRequest, HttpResponse } from '@smithy/types';
import type { HttpTransport } from './environment.js';
import { hasHeader } from './headers.js';

export interface SendOptions {
  /** Idle time allowed on the socket while waiting for the response. */
  readonly requestTimeoutMs?: number;
  readonly signal?: AbortSignal;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** One keep-alive handler, shared by every call made through the returned transport. */
export function createHttpTransport(): HttpTransport {
  const handler = new NodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 50 }),
    httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 50 }),
    connectionTimeout: DEFAULT_CONNECT_TIMEOUT_MS,
    requestTimeout: DEFAULT_REQUEST_TIMEOUT_MS,
  });
  return {
    async send(request: HttpRequest, opts: SendOptions = {}): Promise<HttpResponse> {
      const { response } = await handler.handle(request as never, {
        abortSignal: opts.signal as never,
        requestTimeout: opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      });
      return response as unknown as HttpResponse;
    },
  };
}

/** Adds `host` and `content-length` (for known-length bodies) so the signature covers them. */
export function finalizeRequest(request: HttpRequest): HttpRequest {
  const headers = { ...request.headers };
  // JSON codecs hand back a Uint8Array subclass that warns when used as a string: send plain bytes.
  const body: unknown =
    request.body instanceof Uint8Array && !Buffer.isBuffer(request.body)
      ? Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength)
      : request.body;
  const has = (name: string): boolean => hasHeader(headers, name);
  if (!has('host')) {
    const defaultPort = request.protocol === 'https:' ? 443 : 80;
    headers.host =
      request.port && request.port !== defaultPort ? `${request.hostname}:${request.port}` : request.hostname;
  }
  // As the SDK's content-length middleware: only a present body gets one (Node itself adds
  // `content-length: 0` to a bodiless PUT/POST, unsigned, exactly as for the official clients).
  if (body && !has('content-length') && !has('transfer-encoding')) {
    const length = calculateBodyLength(body);
    if (length !== undefined) headers['content-length'] = String(length);
  }
  return Object.assign(Object.create(Object.getPrototypeOf(request) as object) as HttpRequest, request, {
    headers,
    body,
  });
}

// What one HTTP client may cost the server before it is refused: the size of a request's headers
// and body, and how long it may take to send them (slowloris: a client that trickles its headers
// or body holds a socket and a parser for as long as the server waits). Node enforces each limit;
// this module passes the operator's settings to it and answers a refused request with a status
// and a JSON-RPC error that say which limit it met, instead of Node's bare status line.

import type { ServerOptions } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorAnswer, INVALID_REQUEST } from './message-check.js';

export interface HttpLimits {
  /** Request line and headers together (Node's `maxHeaderSize`); over it: 431. */
  readonly maxHeaderBytes: number;
  /** A request body (a JSON-RPC message); over it: 413. */
  readonly maxBodyBytes: number;
  /** Time to receive the request line and headers; over it: 408. */
  readonly headersTimeoutMs: number;
  /** Time to receive the whole request, body included (not the time to answer it); over it: 408. */
  readonly requestTimeoutMs: number;
  /** How long an idle kept-alive connection stays open between requests. */
  readonly keepAliveTimeoutMs: number;
}

/**
 * How often Node looks for requests over their time limits. Its default (30 s) would let a
 * trickling client outstay a 10 s headers limit threefold; once a second costs a walk over the
 * open connections.
 */
const TIMEOUT_CHECK_MS = 1000;

/** The options `http.createServer` enforces the limits with. */
export function httpServerOptions(limits: HttpLimits): ServerOptions {
  return {
    maxHeaderSize: limits.maxHeaderBytes,
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_MS, limits.headersTimeoutMs),
  };
}

/** `1024` -> `1 KiB`, `10485760` -> `10 MiB`, else bytes. */
export function describeBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

function rawAnswer(status: number, reason: string, message: string): string {
  const body = JSON.stringify(errorAnswer(null, INVALID_REQUEST, message));
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** What a request Node refused before any handler ran is answered (the server's `clientError`). */
function refusal(code: string | undefined, limits: HttpLimits): string | undefined {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return rawAnswer(
      431,
      'Request Header Fields Too Large',
      `Request headers too large: the limit is ${describeBytes(limits.maxHeaderBytes)} for the request line and headers together.`,
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return rawAnswer(
      408,
      'Request Timeout',
      `Request not received in time: headers must arrive within ${limits.headersTimeoutMs / 1000} s ` +
        `and the whole request within ${limits.requestTimeoutMs / 1000} s.`,
    );
  }
  return code?.startsWith('HPE_') ? rawAnswer(400, 'Bad Request', 'Malformed HTTP request.') : undefined;
}

/**
 * The server's `clientError` listener: a refused request gets its answer and the connection is
 * closed; one whose answer has already begun (or whose peer is gone) is only closed.
 */
export function clientErrorAnswer(
  limits: HttpLimits,
): (err: Error & { code?: string }, socket: Duplex) => void {
  return (err, socket) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    const answer = refusal(err.code, limits);
    // Closed once the answer is flushed: the server's sockets are half-open, and a client that
    // trickles its request would otherwise keep its end open.
    if (answer && socket.writable && !inFlight?.headersSent) socket.end(answer, () => socket.destroy());
    else socket.destroy();
  };
}

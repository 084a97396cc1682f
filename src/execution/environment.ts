// What a call runs on besides its arguments: the HTTP transport, the clock, and what the process
// learns across calls (AWS's clock offset, endpoint-discovery addresses). The composition root
// (app.ts) builds one and passes it in, so no module holds a singleton and tests inject their own.

import type { HttpRequest, HttpResponse } from '@smithy/types';
import { createHttpTransport, type SendOptions } from './http.js';
import { ClockSkew } from './signing.js';

export interface HttpTransport {
  /** Sends the request; network failures reject with the node error (code ECONNRESET...). */
  send(request: HttpRequest, opts?: SendOptions): Promise<HttpResponse>;
}

/** A discovered endpoint address and when it stops being valid (epoch ms). */
export interface DiscoveredAddress {
  readonly url: string;
  readonly expiresAt: number;
}

export interface CallEnvironment {
  readonly http: HttpTransport;
  /** Epoch milliseconds: durations, cache expiry and (corrected by `clockSkew`) signing time. */
  readonly now: () => number;
  /** Process-wide, as in the SDKs: every response's Date header refines it. */
  readonly clockSkew: ClockSkew;
  /** Endpoint-discovery answers by service, region, access key and endpoint (bounded, oldest out). */
  readonly discoveredEndpoints: Map<string, DiscoveredAddress>;
}

export interface CallEnvironmentOptions {
  readonly http?: HttpTransport;
  readonly now?: () => number;
}

export function createCallEnvironment(opts: CallEnvironmentOptions = {}): CallEnvironment {
  const now = opts.now ?? Date.now;
  return {
    http: opts.http ?? createHttpTransport(),
    now,
    clockSkew: new ClockSkew(now),
    discoveredEndpoints: new Map(),
  };
}

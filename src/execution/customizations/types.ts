// The shape of a service customization: a step the official clients run outside the wire
// protocol, applied by the executor at one of three points of a call.

import type { HttpRequest, HttpResponse } from '@smithy/types';
import type { OperationView, ServiceModel } from '../../model/service-model.js';

export interface CallContext {
  readonly model: ServiceModel;
  readonly op: OperationView;
  readonly region: string;
}

export interface Customization {
  /** Service shape namespaces it applies to. */
  readonly namespaces: readonly string[];
  /** Operation names; every operation of the service when absent. */
  readonly operations?: readonly string[];
  /** Why the official SDKs do this (kept next to the code, shown in tests). */
  readonly reason: string;
  /** Rewrites the (coerced) input before serialization. Must not mutate its argument. */
  prepareInput?(input: Record<string, unknown>, ctx: CallContext): Record<string, unknown>;
  /** Adjusts the serialized request before body checksums and signing. */
  finishRequest?(request: HttpRequest, ctx: CallContext): HttpRequest;
  /** Looks at a raw response before the protocol parses it. */
  inspectResponse?(response: HttpResponse, ctx: CallContext): Promise<HttpResponse>;
}

// The shape of a service customization: a step the official clients run outside the wire
// protocol, at one of the points of a call where the registry (registry.ts) applies hooks:
// schema (operation http trait, serde context), request (refusals, input, serialized request),
// response (raw response), errors (the decoded service error) and redirect (follow to a region).

import type { HttpRequest, HttpResponse } from '@smithy/types';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import type { AwsServiceError } from '../types.js';

export interface OperationContext {
  readonly model: ServiceModel;
  readonly op: OperationView;
}

export interface CallContext extends OperationContext {
  readonly region: string;
}

/** A prepared call, before anything is sent: what a refusal can look at. */
export interface CallCheck extends CallContext {
  readonly input: Readonly<Record<string, unknown>>;
  readonly endpointUrl?: string;
}

/** The `http` trait as the schema builder hands it to the protocol: method, uri, code. */
import type { HttpTrait } from '../../model/views/operation.js';
export type { HttpTrait };

/** Serde-context flags a service needs on top of the protocol's defaults. */
export interface SerdeFlags {
  readonly disableHostPrefix?: boolean;
}

export interface Customization {
  /** Service shape namespaces it applies to. */
  readonly namespaces: readonly string[];
  /** Operation names; every operation of the service when absent. */
  readonly operations?: readonly string[];
  /** Why the official SDKs do this (kept next to the code, shown in tests). */
  readonly reason: string;
  /** Schema: rewrites the operation's http trait (the runtime schema is built with the result). */
  httpTrait?(http: HttpTrait, ctx: OperationContext): HttpTrait;
  /** Schema: flags merged into the service's serde context. */
  readonly serdeFlags?: SerdeFlags;
  /** Request: throws (an Unsupported ToolError) for a call that cannot be made right. */
  refuseCall?(call: CallCheck): void;
  /** Request: rewrites the (coerced) input before serialization. Must not mutate its argument. */
  prepareInput?(input: Record<string, unknown>, ctx: CallContext): Record<string, unknown>;
  /** Request: adjusts the serialized request before body checksums and signing. */
  finishRequest?(request: HttpRequest, ctx: CallContext): HttpRequest;
  /** Response: looks at a raw response before the protocol parses it. */
  inspectResponse?(response: HttpResponse, ctx: CallContext): Promise<HttpResponse>;
  /** Errors: adds what the raw error response says beyond the protocol's error shape. */
  describeError?(error: AwsServiceError, response: HttpResponse, ctx: CallContext): AwsServiceError;
  /** Redirect: the region to send the same request to once, or undefined to report the error. */
  redirectRegion?(error: AwsServiceError, ctx: CallContext): string | undefined;
}

// Typed questions about an operation's traits (pass `op.shape.traits`). Where Smithy lets the
// service supply defaults (pagination), the service traits are the second argument.

import type { Traits } from '../ast.js';
import { TRAIT } from './trait-ids.js';
import { has, record, nonEmpty } from './trait-values.js';

export const isReadonly = (t: Traits | undefined): boolean => has(t, TRAIT.readonly);
export const isIdempotent = (t: Traits | undefined): boolean => has(t, TRAIT.idempotent);

export interface PaginationTrait {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly items?: string;
  readonly pageSize?: string;
}

/**
 * `@paginated` of the operation, each member name falling back to the service's. Per the Smithy
 * spec the service trait only supplies defaults: an operation without the trait is not paginated.
 */
export function paginationTrait(
  opTraits: Traits | undefined,
  serviceTraits: Traits,
): PaginationTrait | undefined {
  const own = record(opTraits?.[TRAIT.paginated]);
  if (!own) return undefined;
  const svc = record(serviceTraits[TRAIT.paginated]) ?? {};
  const out: Record<string, string> = {};
  for (const k of ['inputToken', 'outputToken', 'items', 'pageSize'] as const) {
    const v = nonEmpty(own[k]) ?? nonEmpty(svc[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** `smithy.waiters#waitable`: waiter name -> its definition (acceptors, delays), in model order. */
export const waitersTrait = (t: Traits | undefined): Readonly<Record<string, unknown>> | undefined =>
  record(t?.[TRAIT.waitable]);

export interface HttpTrait {
  readonly method: string;
  readonly uri: string;
  readonly code?: number;
}
export const httpTrait = (t: Traits | undefined): HttpTrait | undefined =>
  record(t?.[TRAIT.http]) as HttpTrait | undefined;

export interface HttpChecksumTrait {
  readonly requestAlgorithmMember?: string;
  readonly requestChecksumRequired?: boolean;
  readonly requestValidationModeMember?: string;
}
/** `aws.protocols#httpChecksum`: S3-style flexible checksums. */
export const httpChecksumTrait = (t: Traits | undefined): HttpChecksumTrait | undefined =>
  record(t?.[TRAIT.httpChecksum]);
/** `@httpChecksumRequired`: the legacy Content-MD5 requirement. */
export const isHttpChecksumRequired = (t: Traits | undefined): boolean => has(t, TRAIT.httpChecksumRequired);

/** Encodings of `@requestCompression` (e.g. `['gzip']`), undefined when the operation has none. */
export const requestCompressionEncodings = (t: Traits | undefined): readonly string[] | undefined =>
  (record(t?.[TRAIT.requestCompression]) as { encodings?: string[] } | undefined)?.encodings;

/** `aws.auth#unsignedPayload`: sign `UNSIGNED-PAYLOAD` instead of the body hash. */
export const isUnsignedPayload = (t: Traits | undefined): boolean => has(t, TRAIT.unsignedPayload);

/** `aws.api#clientDiscoveredEndpoint`: whether the call needs a discovered endpoint. */
export const clientDiscoveredEndpoint = (
  t: Traits | undefined,
): { readonly required?: boolean } | undefined => record(t?.[TRAIT.clientDiscoveredEndpoint]);

/** `smithy.rules#staticContextParams`: endpoint parameter -> fixed value. */
export function staticContextParams(t: Traits | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(record(t?.[TRAIT.staticContextParams]) ?? {})) {
    out[name] = record(def)?.value;
  }
  return out;
}

/** `smithy.rules#operationContextParams`: endpoint parameter -> JMESPath over the input. */
export function operationContextParamPaths(t: Traits | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, def] of Object.entries(record(t?.[TRAIT.operationContextParams]) ?? {})) {
    const path = record(def)?.path;
    if (typeof path === 'string') out[name] = path;
  }
  return out;
}

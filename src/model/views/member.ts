// Typed questions about the traits of a member or of a simple/aggregate shape. Each takes the
// `Traits` of that member or shape (a member's own traits, or `model.traits(target)`), so callers
// keep choosing which level they look at; none allocates.

import type { Traits } from '../ast.js';
import { TRAIT } from './trait-ids.js';
import { has } from './trait-values.js';

function objectTrait<T>(traits: Traits | undefined, id: string): T | undefined {
  const v = traits?.[id];
  return typeof v === 'object' && v !== null ? (v as T) : undefined;
}

function stringTrait(traits: Traits | undefined, id: string): string | undefined {
  const v = traits?.[id];
  return typeof v === 'string' ? v : undefined;
}

/** The raw Smithy `@required` trait; for "must the caller send it?" ask isRequiredMember. */
export const hasRequiredTrait = (t: Traits | undefined): boolean => has(t, TRAIT.required);
export const hasDefault = (t: Traits | undefined): boolean => has(t, TRAIT.default);
/** The `@default` value (null is a valid default in the AST: "no default"). */
export const defaultValue = (t: Traits | undefined): unknown => t?.[TRAIT.default];
export const isIdempotencyToken = (t: Traits | undefined): boolean => has(t, TRAIT.idempotencyToken);
export const isSensitive = (t: Traits | undefined): boolean => has(t, TRAIT.sensitive);
export const isDeprecated = (t: Traits | undefined): boolean => has(t, TRAIT.deprecated);
export const documentation = (t: Traits | undefined): string | undefined =>
  stringTrait(t, TRAIT.documentation);

/** `@streaming` on a blob (a raw body) or a union (an event stream). */
export const isStreaming = (t: Traits | undefined): boolean => has(t, TRAIT.streaming);
export const isHttpPayload = (t: Traits | undefined): boolean => has(t, TRAIT.httpPayload);
export const isHttpLabel = (t: Traits | undefined): boolean => has(t, TRAIT.httpLabel);
/** `date-time`, `http-date` or `epoch-seconds` when the member or shape overrides the protocol's. */
export const timestampFormat = (t: Traits | undefined): string | undefined =>
  stringTrait(t, TRAIT.timestampFormat);
/** `@sparse` lists and maps may hold nulls. */
export const isSparse = (t: Traits | undefined): boolean => has(t, TRAIT.sparse);

export interface LengthTrait {
  readonly min?: number;
  readonly max?: number;
}
export interface RangeTrait {
  readonly min?: number | string;
  readonly max?: number | string;
}
export const lengthTrait = (t: Traits | undefined): LengthTrait | undefined => objectTrait(t, TRAIT.length);
export const rangeTrait = (t: Traits | undefined): RangeTrait | undefined => objectTrait(t, TRAIT.range);
export const patternTrait = (t: Traits | undefined): string | undefined => stringTrait(t, TRAIT.pattern);
export const hasUniqueItems = (t: Traits | undefined): boolean => has(t, TRAIT.uniqueItems);

/** The wire value of a Smithy 2 enum member, when it differs from the member name. */
export const enumValue = (t: Traits | undefined): string | number | undefined =>
  t?.[TRAIT.enumValue] as string | number | undefined;
/** Values of the legacy (Smithy 1) `@enum` trait on a string shape. */
export function legacyEnumValues(t: Traits | undefined): string[] | undefined {
  const e = t?.[TRAIT.enum] as ReadonlyArray<{ value: string }> | undefined;
  return e ? e.map((x) => x.value) : undefined;
}

/** The endpoint-rules parameter a member feeds (`smithy.rules#contextParam` name). */
export const contextParamName = (t: Traits | undefined): string | undefined =>
  objectTrait<{ name?: string }>(t, TRAIT.contextParam)?.name;

/** `@error` on a structure: a modeled error. */
export const isErrorShape = (t: Traits | undefined): boolean => has(t, TRAIT.error);
/** `@retryable` of an error shape; `throttling` marks throttling errors. */
export const retryableTrait = (t: Traits | undefined): { readonly throttling?: boolean } | undefined =>
  objectTrait(t, TRAIT.retryable);

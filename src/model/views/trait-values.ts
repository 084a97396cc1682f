// Reading a trait's JSON value the same way in every view: a present trait, an object value, a
// non-empty string. Trait values come from the model files, so every view checks their shape.

import type { Traits } from '../ast.js';

/** True when the trait is applied (its value may be `{}`). */
export const has = (traits: Traits | undefined, id: string): boolean => traits?.[id] !== undefined;

/** The value as an object, or undefined when it is anything else. */
export function record(v: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

/** The value as a non-empty string, or undefined. */
export function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

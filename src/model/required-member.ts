// One rule for "must the caller send this member?", shared by the catalog (search results) and
// the schema builder (schemas and validation), so every tool gives the same answer.

import type { Traits } from './ast.js';

/**
 * Smithy `required`, unless the server fills the member (idempotency token) or a default applies.
 * `clientOptional` does not relax it: that trait is about generated types, the service still
 * requires the member, and saying so up front saves the caller a failed call.
 */
export function isRequiredMember(traits: Traits): boolean {
  return (
    traits['smithy.api#required'] !== undefined &&
    traits['smithy.api#idempotencyToken'] === undefined &&
    traits['smithy.api#default'] === undefined
  );
}

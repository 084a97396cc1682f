// The schema layer's public surface: operation input/output schemas and payload validation.

export { buildInputSchema, buildOutputSchema } from './build-schema.js';
export { validatePayload, MAX_VALIDATORS_PER_MODEL } from './validate.js';
export type { ValidateOptions, ValidationOutcome } from './validate.js';
export type { ValidationIssue } from './issues.js';
export type { Coercion } from './coerce.js';
export type { JsonSchema, SchemaDetail, SchemaOptions } from './json-schema.js';
export type { JsonObject, JsonValue } from './guards.js';
export { bodyBytes, type BodyInput } from './body.js';
export {
  COMPACT_TARGET_CHARS,
  MAX_PAYLOAD_CHARS,
  MAX_PAYLOAD_DEPTH,
  MAX_PAYLOAD_NODES,
  MAX_STREAMING_BODY_BYTES,
} from './limits.js';

// Documented limits for schemas and payload validation, in one place so docs, descriptions and
// checks agree. Payloads come from LLM clients and are treated as hostile input.

/** Largest streaming body (S3 PutObject Body, Lambda Invoke Payload) accepted inline, in bytes. */
export const MAX_STREAMING_BODY_BYTES = 5 * 1024 * 1024;
/** Deepest nesting of objects/arrays a payload may have. */
export const MAX_PAYLOAD_DEPTH = 64;
/** Most JSON nodes (objects, arrays, scalars, keys) a payload may have. */
export const MAX_PAYLOAD_NODES = 100_000;
/** Most characters a payload may have, counted over strings and keys (or the raw JSON text). */
export const MAX_PAYLOAD_CHARS = 8 * 1024 * 1024;
/** Compact schemas expand optional structures down to this nesting depth, then summarise. */
export const COMPACT_MAX_DEPTH = 3;
/** A compact schema larger than this is rebuilt with shallower expansion (down to depth 0). */
export const COMPACT_TARGET_CHARS = 8 * 1024;
/** Compact schemas list at most this many enum values; more are summarised in the description. */
export const COMPACT_MAX_ENUM_VALUES = 40;
/** Compact descriptions are cut to this many characters. */
export const COMPACT_DESCRIPTION_CHARS = 160;

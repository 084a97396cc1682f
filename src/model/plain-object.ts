// The one test for "a JSON object whose members are walked": not null, not an array, and not one
// of the non-JSON objects a payload or a decoded response may hold (bytes, timestamps).

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Uint8Array) &&
    !(v instanceof Date)
  );
}

/** A JSON value as parsed from text. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** A JSON object: payloads, decoded outputs, pages. Members stay `unknown` until narrowed. */
export type JsonObject = Record<string, unknown>;

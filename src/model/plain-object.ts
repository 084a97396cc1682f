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

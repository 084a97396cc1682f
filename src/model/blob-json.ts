// How a Smithy blob is written in JSON: the way AWS's JSON protocols, the AWS CLI and the AWS docs
// write it, as a base64 string (`{"B": "AP8Q"}`). Two object forms say what the string is:
// `{"text": "..."}` is sent as its UTF-8 bytes, `{"base64": "..."}` is the bare form spelled out.
// Results carry blobs in the object forms, so a value read can be written back unchanged.
// Shared by validation (schema/) and serialization (execution/), so both read a value alike.

/**
 * Strict base64 (RFC 4648 §4): the standard alphabet, `=` padding to a multiple of 4 characters
 * and zero pad bits, so one byte string has exactly one spelling. Node's decoder skips what it
 * does not know (spaces, `-`, `_`): a value that does not re-encode to itself is not canonical.
 */
export function isCanonicalBase64(s: string): boolean {
  if (s.length % 4 !== 0) return false;
  return Buffer.from(s, 'base64').toString('base64') === s;
}

/** The blob form a value is written in, or undefined when it is none of them. */
export function blobForm(v: unknown): 'bare' | 'text' | 'base64' | undefined {
  if (typeof v === 'string') return 'bare';
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.text === 'string' && o.base64 === undefined) return 'text';
  if (typeof o.base64 === 'string' && o.text === undefined) return 'base64';
  return undefined;
}

/**
 * The bytes a blob value stands for; `undefined` when it is not a blob form or its base64 is not
 * canonical (validation reports those before anything is sent).
 */
export function blobJsonBytes(v: unknown): Buffer | undefined {
  const form = blobForm(v);
  if (form === 'text') return Buffer.from((v as { text: string }).text, 'utf8');
  const b64 =
    form === 'bare' ? (v as string) : form === 'base64' ? (v as { base64: string }).base64 : undefined;
  return b64 !== undefined && isCanonicalBase64(b64) ? Buffer.from(b64, 'base64') : undefined;
}

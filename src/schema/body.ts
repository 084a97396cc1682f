// The two accepted forms of a raw body member (see bodySchema): plain text, sent as UTF-8, or
// {"base64": "..."} for binary data. The executor calls this after validation.

import { ToolError } from '../errors/tool-error.js';
import { MAX_STREAMING_BODY_BYTES } from './limits.js';

export type BodyInput = string | { readonly base64: string };

/** Bytes of a validated body value; throws PayloadTooLarge beyond MAX_STREAMING_BODY_BYTES. */
export function bodyBytes(value: BodyInput): Uint8Array {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.base64, 'base64');
  if (bytes.length > MAX_STREAMING_BODY_BYTES) {
    throw new ToolError(
      'PayloadTooLarge',
      `body is ${bytes.length} bytes; at most ${MAX_STREAMING_BODY_BYTES} are accepted inline`,
      {
        hint: 'Upload large objects with a presigned URL or multipart upload outside this tool.',
      },
    );
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

// The bytes of a validated raw body member (see blobSchema): a base64 string, {"text": ...} sent
// as UTF-8, or {"base64": ...}, read as model/blob-json.ts reads every blob.

import { ToolError } from '../errors/tool-error.js';
import { blobJsonBytes, type BlobJson } from '../model/blob-json.js';
import { MAX_STREAMING_BODY_BYTES } from './limits.js';

export type BodyInput = BlobJson;

/** Bytes of a validated body value; throws InvalidInput for bad base64, PayloadTooLarge beyond the limit. */
export function bodyBytes(value: BodyInput): Uint8Array {
  const bytes = blobJsonBytes(value);
  if (bytes === undefined) {
    throw new ToolError('InvalidInput', 'body is not valid base64', {
      hint: 'A string body is base64; to send text, write {"text": "..."}.',
    });
  }
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

// S3 server-side encryption with customer keys (SSE-C): the key travels base64-encoded with the
// base64 MD5 of its raw bytes. The official clients accept the raw key (or its base64 form) and
// derive both headers, so a caller passing the key as text works.

import { createHash } from 'node:crypto';
import type { Customization } from './types.js';

const KEY_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['SSECustomerKey', 'SSECustomerKeyMD5'],
  ['CopySourceSSECustomerKey', 'CopySourceSSECustomerKeyMD5'],
];
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Raw key bytes: a base64 string of exactly 32 bytes is taken as encoded, anything else as text. */
function rawKey(value: unknown): Buffer | undefined {
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (typeof value !== 'string') return undefined;
  if (BASE64.test(value)) {
    const decoded = Buffer.from(value, 'base64');
    if (decoded.length === 32) return decoded;
  }
  return Buffer.from(value, 'utf8');
}

export const s3Ssec: Customization = {
  namespaces: ['com.amazonaws.s3'],
  reason: 'SSE-C keys are sent base64-encoded with their MD5, derived from the raw key',
  prepareInput(input) {
    let out = input;
    for (const [keyMember, md5Member] of KEY_PAIRS) {
      const key = rawKey(input[keyMember]);
      if (!key) continue;
      out = {
        ...out,
        [keyMember]: key.toString('base64'),
        [md5Member]: createHash('md5').update(key).digest('base64'),
      };
    }
    return out;
  },
};

// gzip for operations marked `smithy.api#requestCompression` (CloudWatch PutMetricData), as the
// SDKs do: only bodies of at least 10 KiB, known length, appended to any Content-Encoding.

import { gzipSync } from 'node:zlib';
import type { HttpRequest } from '@smithy/types';
import type { OperationView } from '../model/service-model.js';
import { requestCompressionEncodings } from '../model/views/operation.js';
import { headerKey } from './headers.js';

/** The SDKs' default `requestMinCompressionSizeBytes`. */
export const MIN_COMPRESSION_BYTES = 10_240;

export function compressRequest(
  request: HttpRequest,
  op: OperationView,
  minBytes = MIN_COMPRESSION_BYTES,
): HttpRequest {
  if (!requestCompressionEncodings(op.shape.traits)?.includes('gzip')) return request;
  const body = request.body as unknown;
  const bytes =
    typeof body === 'string'
      ? Buffer.from(body, 'utf8')
      : body instanceof Uint8Array
        ? Buffer.from(body)
        : undefined;
  if (!bytes || bytes.length < minBytes) return request;
  const key = headerKey(request.headers, 'content-encoding');
  const existing = key ? request.headers[key] : undefined;
  if (key) delete request.headers[key];
  request.headers['content-encoding'] = existing ? `${existing}, gzip` : 'gzip';
  request.body = gzipSync(bytes);
  return request;
}

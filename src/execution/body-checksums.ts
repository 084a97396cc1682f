// Body checksums services demand that the protocol classes leave to SDK middleware, done as the
// official clients do by default: S3's flexible checksums (`aws.protocols#httpChecksum`: CRC32
// unless the caller picks an algorithm, sent as x-amz-checksum-*), and Content-MD5 for
// `@httpChecksumRequired` operations without flexible checksums (S3 Control). Without them S3
// DeleteObjects, PutBucketLifecycleConfiguration and S3 Control writes are rejected.

import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { HttpRequest } from '@smithy/types';
import { ToolError } from '../errors/tool-error.js';
import type { OperationView } from '../model/service-model.js';

interface HttpChecksumTrait {
  requestAlgorithmMember?: string;
  requestChecksumRequired?: boolean;
}

const DEFAULT_ALGORITHM = 'CRC32';

/** Algorithm -> base64 digest of the body. */
const DIGESTS: Readonly<Record<string, (body: Buffer) => string>> = {
  CRC32: (b) => {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(crc32(b) >>> 0);
    return out.toString('base64');
  },
  SHA1: (b) => createHash('sha1').update(b).digest('base64'),
  SHA256: (b) => createHash('sha256').update(b).digest('base64'),
};

function flexibleTrait(op: OperationView): HttpChecksumTrait | undefined {
  return op.shape.traits?.['aws.protocols#httpChecksum'] as HttpChecksumTrait | undefined;
}

/** Before serializing: the algorithm member defaults to CRC32, as with `WHEN_SUPPORTED`. */
export function withChecksumAlgorithm(
  op: OperationView,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const member = flexibleTrait(op)?.requestAlgorithmMember;
  if (!member || input[member] !== undefined) return input;
  return { ...input, [member]: DEFAULT_ALGORITHM };
}

function bodyBytes(body: unknown): Buffer | undefined {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return undefined; // a stream: left to the service (no trailer support here)
}

function hasHeader(request: HttpRequest, name: string): boolean {
  return Object.keys(request.headers).some((k) => k.toLowerCase() === name);
}

/** After serializing, before signing: adds the checksum header the operation calls for. */
export function addBodyChecksum(
  request: HttpRequest,
  op: OperationView,
  input: Record<string, unknown>,
): HttpRequest {
  const flexible = flexibleTrait(op);
  const bytes = bodyBytes(request.body);
  if (flexible) {
    const algorithm = flexible.requestAlgorithmMember
      ? (input[flexible.requestAlgorithmMember] as string | undefined)
      : undefined;
    const chosen = algorithm ?? (flexible.requestChecksumRequired ? DEFAULT_ALGORITHM : undefined);
    if (!chosen || !bytes) return request;
    const header = `x-amz-checksum-${chosen.toLowerCase()}`;
    if (hasHeader(request, header)) return request; // the caller supplied the value
    const digest = DIGESTS[chosen.toUpperCase()];
    if (!digest) {
      throw new ToolError('Unsupported', `Checksum algorithm ${chosen} is not supported here.`, {
        hint: 'Use CRC32, SHA1 or SHA256, or pass the checksum value yourself.',
      });
    }
    request.headers[header] = digest(bytes);
    return request;
  }
  if (
    op.shape.traits?.['smithy.api#httpChecksumRequired'] !== undefined &&
    bytes &&
    !hasHeader(request, 'content-md5')
  ) {
    request.headers['content-md5'] = createHash('md5').update(bytes).digest('base64');
  }
  return request;
}

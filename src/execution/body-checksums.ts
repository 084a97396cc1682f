// Body checksums services demand that the protocol classes leave to SDK middleware, done as the
// official clients do by default: S3's flexible checksums (`aws.protocols#httpChecksum`: CRC32
// unless the caller picks an algorithm, sent as x-amz-checksum-*; response checksums requested),
// and Content-MD5 for `@httpChecksumRequired` operations without flexible checksums (S3
// Control). Without them S3 DeleteObjects and S3 Control writes are rejected.

import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { HttpRequest } from '@smithy/types';
import type { OperationView } from '../model/service-model.js';
import {
  httpChecksumTrait,
  isHttpChecksumRequired,
  type HttpChecksumTrait,
} from '../model/views/operation.js';
import { unsupportedError } from './unsupported.js';

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
  return httpChecksumTrait(op.shape.traits);
}

/**
 * Before serializing, as the official `WHEN_SUPPORTED` defaults do: the algorithm member defaults
 * to CRC32 and response checksums are asked for (S3 returns them; we do not validate them).
 */
export function withChecksumAlgorithm(
  op: OperationView,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const trait = flexibleTrait(op);
  if (!trait) return input;
  const out = { ...input };
  if (trait.requestAlgorithmMember && out[trait.requestAlgorithmMember] === undefined) {
    out[trait.requestAlgorithmMember] = DEFAULT_ALGORITHM;
  }
  if (trait.requestValidationModeMember && out[trait.requestValidationModeMember] === undefined) {
    out[trait.requestValidationModeMember] = 'ENABLED';
  }
  return out;
}

function bodyBytes(body: unknown): Buffer | undefined {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return undefined; // a stream: left to the service (no trailer support here)
}

function hasHeader(request: HttpRequest, test: (lowerName: string) => boolean): boolean {
  return Object.keys(request.headers).some((k) => test(k.toLowerCase()));
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
    // As in the official middleware, any x-amz-checksum-* header (a caller-supplied value, or
    // x-amz-checksum-mode on GetObject) means no computed request checksum.
    if (!bytes || hasHeader(request, (h) => h.startsWith('x-amz-checksum-'))) return request;
    const member = flexible.requestAlgorithmMember;
    const chosen = member ? (input[member] as string | undefined) : DEFAULT_ALGORITHM;
    if (!chosen) return request;
    const digest = DIGESTS[chosen.toUpperCase()];
    if (!digest) {
      throw unsupportedError('checksumAlgorithm', { algorithm: chosen });
    }
    request.headers[`x-amz-checksum-${chosen.toLowerCase()}`] = digest(bytes);
    return request;
  }
  const required = isHttpChecksumRequired(op.shape.traits);
  if (required && bytes && !hasHeader(request, (h) => h === 'content-md5')) {
    request.headers['content-md5'] = createHash('md5').update(bytes).digest('base64');
  }
  return request;
}

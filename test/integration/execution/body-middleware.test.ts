// The request-body steps outside the wire protocol: gzip request compression and checksums
// (S3 flexible checksums, Content-MD5 for S3 Control), on real model operations.

import { createHash } from 'node:crypto';
import { crc32, gunzipSync } from 'node:zlib';
import { HttpRequest } from '@smithy/core/transport';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBodyChecksum, withChecksumAlgorithm } from '../../../src/execution/body-checksums.js';
import { compressRequest, MIN_COMPRESSION_BYTES } from '../../../src/execution/request-compression.js';
import { loadServiceModel } from '../../helpers/capture-models.js';

const request = (body: string | Uint8Array, headers: Record<string, string> = {}): HttpRequest =>
  new HttpRequest({ method: 'POST', hostname: 'h', path: '/', headers: { ...headers }, body });

describe('compressRequest', () => {
  const putMetricData = loadServiceModel('cloudwatch').operation('PutMetricData')!;
  const listMetrics = loadServiceModel('cloudwatch').operation('ListMetrics')!;

  it('gzips bodies of at least 10 KiB for operations that ask for it, losslessly', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: MIN_COMPRESSION_BYTES, maxLength: MIN_COMPRESSION_BYTES + 500 }),
        (text) => {
          const out = compressRequest(request(text), putMetricData);
          expect(out.headers['content-encoding']).toBe('gzip');
          expect(gunzipSync(out.body as Buffer).toString('utf8')).toBe(text);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('leaves small bodies and other operations alone, and appends to an existing encoding', () => {
    expect(compressRequest(request('small'), putMetricData).headers['content-encoding']).toBeUndefined();
    const big = 'x'.repeat(MIN_COMPRESSION_BYTES);
    expect(compressRequest(request(big), listMetrics).body).toBe(big);
    expect(compressRequest(request(big, { 'Content-Encoding': 'custom' }), putMetricData).headers).toEqual({
      'content-encoding': 'custom, gzip',
    });
  });
});

describe('body checksums', () => {
  const s3 = loadServiceModel('s3');
  const putObject = s3.operation('PutObject')!;
  const deleteObjects = s3.operation('DeleteObjects')!;

  it('defaults the S3 checksum algorithm to CRC32 and sends the CRC32 of the body', () => {
    const input = withChecksumAlgorithm(putObject, { Bucket: 'b', Key: 'k' });
    expect(input.ChecksumAlgorithm).toBe('CRC32');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
        const out = addBodyChecksum(request(bytes), putObject, input);
        const expected = Buffer.alloc(4);
        expected.writeUInt32BE(crc32(Buffer.from(bytes)) >>> 0);
        expect(out.headers['x-amz-checksum-crc32']).toBe(expected.toString('base64'));
      }),
    );
  });

  it('honours a chosen algorithm and a caller-supplied checksum value', () => {
    const out = addBodyChecksum(request('abc'), deleteObjects, { ChecksumAlgorithm: 'SHA256' });
    expect(out.headers['x-amz-checksum-sha256']).toBe(createHash('sha256').update('abc').digest('base64'));
    const given = addBodyChecksum(request('abc', { 'x-amz-checksum-crc32': 'given' }), putObject, {
      ChecksumAlgorithm: 'CRC32',
    });
    expect(given.headers['x-amz-checksum-crc32']).toBe('given');
  });

  it('refuses algorithms it cannot compute with a clear error', () => {
    expect(() => addBodyChecksum(request('abc'), putObject, { ChecksumAlgorithm: 'CRC64NVME' })).toThrow(
      expect.objectContaining({ code: 'Unsupported' }),
    );
  });

  it('adds Content-MD5 for @httpChecksumRequired operations (S3 Control)', () => {
    const op = loadServiceModel('s3-control')
      .operations()
      .find((o) => o.shape.traits?.['smithy.api#httpChecksumRequired'])!;
    const out = addBodyChecksum(request('<x/>'), op, {});
    expect(out.headers['content-md5']).toBe(createHash('md5').update('<x/>').digest('base64'));
  });
});

// signRequest's own rules (the byte-for-byte comparison with the official clients is in
// signing-oracle.test.ts): unsigned and bearer schemes, S3 Express session tokens, unsigned
// payloads, missing credentials, and the clock-skew record.

import { HttpRequest } from '@smithy/core/protocols';
import { describe, expect, it } from 'vitest';
import { rejectedToolError } from '../../helpers/models.js';
import { ClockSkew, signRequest, type SignRequestArgs } from '../../../src/execution/signing.js';

const KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const DATE = new Date('2015-08-30T12:36:00Z');

function request(body?: string): HttpRequest {
  return new HttpRequest({
    method: body ? 'POST' : 'GET',
    protocol: 'https:',
    hostname: 'example.amazonaws.com',
    path: '/',
    headers: body ? { 'content-type': 'application/x-amz-json-1.0' } : {},
    body,
  });
}

function args(over: Partial<SignRequestArgs> = {}): SignRequestArgs {
  return {
    scheme: { name: 'sigv4', signingName: 'service', signingRegion: 'us-east-1' },
    credentials: KEYS,
    region: 'us-east-1',
    signingDate: DATE,
    service: {},
    ...over,
  };
}

describe('signRequest', () => {
  it('signs SigV4 with host, date and payload hash, leaving the input request untouched', async () => {
    const input = request('{}');
    const signed = await signRequest(input, args());
    expect(signed.headers['host']).toBe('example.amazonaws.com');
    expect(signed.headers['content-length']).toBe('2');
    expect(signed.headers['x-amz-date']).toBe('20150830T123600Z');
    expect(signed.headers['x-amz-content-sha256']).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
    expect(signed.headers['authorization']).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/us-east-1\/service\/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(input.headers).toEqual({ 'content-type': 'application/x-amz-json-1.0' });
  });

  it('uses the scheme signing region over the client region, and the service name as fallback', async () => {
    const signed = await signRequest(
      request(),
      args({
        scheme: { name: 'sigv4', signingName: '', signingRegion: 'us-east-1' },
        region: 'eu-west-1',
        service: { signingName: 'iam' },
      }),
    );
    expect(signed.headers['authorization']).toContain('/20150830/us-east-1/iam/aws4_request');
  });

  it('signs UNSIGNED-PAYLOAD when asked, which changes the signature', async () => {
    const normal = await signRequest(request('data'), args());
    const unsigned = await signRequest(request('data'), args({ unsignedPayload: true }));
    expect(unsigned.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(unsigned.headers['authorization']).not.toBe(normal.headers['authorization']);
  });

  it('puts an S3 Express session token in its own header, not x-amz-security-token', async () => {
    const signed = await signRequest(
      request(),
      args({
        scheme: {
          name: 'sigv4-s3express',
          signingName: 's3express',
          signingRegion: 'us-west-2',
          disableDoubleEncoding: true,
        },
        credentials: { ...KEYS, sessionToken: 'session' },
      }),
    );
    expect(signed.headers['x-amz-s3session-token']).toBe('session');
    expect(signed.headers['x-amz-security-token']).toBeUndefined();
    expect(signed.headers['authorization']).toContain('/us-west-2/s3express/aws4_request');
    expect(signed.headers['authorization']).toContain('x-amz-s3session-token');
  });

  it('signs SigV4a over a region set', async () => {
    const signed = await signRequest(
      request(),
      args({ scheme: { name: 'sigv4a', signingName: 's3', signingRegionSet: ['us-east-1', 'us-west-2'] } }),
    );
    expect(signed.headers['x-amz-region-set']).toBe('us-east-1,us-west-2');
    expect(signed.headers['authorization']).toMatch(
      /^AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE\/20150830\/s3\/aws4_request/,
    );
  });

  it('leaves `none` requests unsigned but addressed', async () => {
    const signed = await signRequest(
      request(),
      args({ scheme: { name: 'none', signingName: 'sts' }, credentials: undefined as never }),
    );
    expect(signed.headers).toEqual({ host: 'example.amazonaws.com' });
  });

  it('reports missing credentials as CredentialsError without echoing any key', async () => {
    const err = await rejectedToolError(
      signRequest(request(), args({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: '' } })),
    );
    expect(err.code).toBe('CredentialsError');
    expect(err.message).not.toContain('AKIDEXAMPLE');
  });

  it('includes a non-default port in the host header, as the SDK does', async () => {
    const req = request();
    req.port = 4566;
    expect((await signRequest(req, args())).headers['host']).toBe('example.amazonaws.com:4566');
  });
});

describe('ClockSkew', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('learns the offset from a response Date header and applies it to the signing date', () => {
    const skew = new ClockSkew(() => now);
    expect(skew.update({ dateHeader: 'Thu, 01 Jan 2026 00:10:00 GMT' })).toBe(true);
    expect(skew.offset).toBe(600_000);
    expect(skew.signingDate().toISOString()).toBe('2026-01-01T00:10:00.000Z');
  });

  it('ignores cached responses, unparseable dates and very slow requests', () => {
    const skew = new ClockSkew(() => now);
    expect(skew.update({ dateHeader: 'Thu, 01 Jan 2026 00:10:00 GMT', ageHeader: '30' })).toBe(false);
    expect(skew.update({ dateHeader: 'not a date' })).toBe(false);
    expect(
      skew.update({ dateHeader: 'Thu, 01 Jan 2026 00:10:00 GMT', requestSentAt: now - 16 * 60_000 }),
    ).toBe(false);
    expect(skew.offset).toBe(0);
    expect(skew.signingDate().getTime()).toBe(now);
  });
});

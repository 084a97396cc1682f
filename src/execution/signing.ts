// Authenticates one serialized request as its resolved auth scheme says: SigV4 (S3 without double
// encoding), SigV4a, S3 Express session SigV4, or nothing (bearer schemes are refused before
// anything is built: unsupported.ts). Also keeps the clock
// skew learned from responses, so signatures stay valid on a machine whose clock drifts.

import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import { SignatureV4a } from '@smithy/signature-v4a';
import type { AwsCredentialIdentity, HttpRequest as IHttpRequest } from '@smithy/types';
import { ToolError } from '../errors/tool-error.js';
import type { AuthScheme } from './endpoints.js';
import { hasHeader } from './headers.js';

export { HttpRequest };

export interface SignRequestArgs {
  scheme: AuthScheme;
  credentials: AwsCredentialIdentity;
  region: string;
  signingDate?: Date;
  /** Sign `UNSIGNED-PAYLOAD` instead of the body hash (streaming uploads, `aws.auth#unsignedPayload`). */
  unsignedPayload?: boolean;
  service: { signingName?: string };
}

const SHA256_HEADER = 'x-amz-content-sha256';
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const S3_SESSION_TOKEN_HEADER = 'x-amz-s3session-token';

/**
 * Returns a signed copy; the input request is left as it was. Accepts any request shaped like
 * `HttpRequest` (the class from `@smithy/core/protocols`, or the `@smithy/types` interface).
 */
export async function signRequest(request: IHttpRequest, args: SignRequestArgs): Promise<HttpRequest> {
  const req = HttpRequest.clone(request);
  addHostHeader(req);
  addContentLength(req);
  const { scheme } = args;
  switch (scheme.name) {
    case 'none':
      return req;
    case 'bearer':
      // The executor refuses bearer schemes (unsupported.ts) before a request exists.
      throw new Error('bearer auth reached the signer');
    case 'sigv4':
    case 'sigv4-s3express':
    case 'sigv4a':
      return signSigV4Family(req, args);
    default:
      return assertNever(scheme.name);
  }
}

async function signSigV4Family(req: HttpRequest, args: SignRequestArgs): Promise<HttpRequest> {
  const { scheme } = args;
  const service = scheme.signingName || args.service.signingName;
  if (!service) throw new Error('auth scheme has no signing name'); // a model bug, not user-fixable
  if (!args.credentials?.accessKeyId || !args.credentials.secretAccessKey) {
    throw new ToolError('CredentialsError', 'No AWS credentials are available to sign the request.', {
      hint: 'Configure credentials (environment, profile, SSO or role) and retry.',
    });
  }
  if (args.unsignedPayload && !hasHeader(req.headers, SHA256_HEADER))
    req.headers[SHA256_HEADER] = UNSIGNED_PAYLOAD;
  let credentials = args.credentials;
  if (scheme.name === 'sigv4-s3express') {
    // S3 Express session credentials carry their token in their own header, outside the signature key.
    if (credentials.sessionToken) req.headers[S3_SESSION_TOKEN_HEADER] = credentials.sessionToken;
    credentials = { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey };
  }
  const init = {
    credentials,
    service,
    sha256: Sha256,
    // S3 signs the path exactly as sent (no second escaping, no dot-segment normalisation).
    uriEscapePath: !(scheme.disableDoubleEncoding ?? false),
    applyChecksum: true,
  };
  const signingDate = args.signingDate ?? new Date();
  if (scheme.name === 'sigv4a') {
    const regionSet = (scheme.signingRegionSet ?? ['*']).join(',');
    const signer = new SignatureV4a({ ...init, region: regionSet });
    return (await signer.sign(req, { signingDate, signingRegion: regionSet })) as HttpRequest;
  }
  const region = scheme.signingRegion ?? args.region;
  const signer = new SignatureV4({ ...init, region });
  return (await signer.sign(req, { signingDate, signingRegion: region })) as HttpRequest;
}

/** As the SDK's host-header middleware: hostname, plus the port whenever one is set. */
function addHostHeader(req: HttpRequest): void {
  if (hasHeader(req.headers, 'host')) return;
  req.headers['host'] = req.port != null ? `${req.hostname}:${req.port}` : req.hostname;
}

/** As the SDK's content-length middleware, for bodies whose length is known up front. */
function addContentLength(req: HttpRequest): void {
  const body: unknown = req.body;
  if (!body || hasHeader(req.headers, 'content-length')) return;
  if (typeof body === 'string') req.headers['content-length'] = String(Buffer.byteLength(body));
  else if (body instanceof Uint8Array) req.headers['content-length'] = String(body.byteLength);
}

function assertNever(x: never): never {
  throw new Error(`unknown auth scheme ${String(x)}`);
}

// ---- clock skew ---------------------------------------------------------------------------

/** AWS error codes that mean "your clock is off": retry once with the corrected time. */
export const CLOCK_SKEW_ERROR_CODES: ReadonlySet<string> = new Set([
  'RequestTimeTooSkewed',
  'RequestExpired',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'AuthFailure',
  'RequestInTheFuture',
]);

/** Longest a request may take for its response Date to still say anything about our clock. */
const MAX_SAMPLE_LATENCY_MS = 15 * 60 * 1000;

/**
 * The offset between AWS's clock and ours, learned from response `Date` headers the way the SDK
 * does (ignored for cached responses, i.e. with an `Age` header, and for very slow requests).
 */
export class ClockSkew {
  private offsetMs = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  /** The corrected current time, to pass as `signingDate`. */
  signingDate(): Date {
    return new Date(this.clock() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Records the server time from a response; returns true when the offset changed. */
  update(response: { dateHeader?: string; ageHeader?: string; requestSentAt?: number }): boolean {
    if (response.dateHeader === undefined || response.ageHeader !== undefined) return false;
    const serverTime = Date.parse(response.dateHeader);
    if (Number.isNaN(serverTime)) return false;
    const receivedAt = this.clock();
    if (response.requestSentAt !== undefined && receivedAt - response.requestSentAt > MAX_SAMPLE_LATENCY_MS) {
      return false;
    }
    const next = serverTime - receivedAt;
    const changed = next !== this.offsetMs;
    this.offsetMs = next;
    return changed;
  }
}

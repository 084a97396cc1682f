// When to retry a failed attempt and how long to wait, as the AWS SDKs' "standard" retry mode
// does: throttling, transient (5xx, timeouts) and network errors retry with exponential backoff
// and full jitter, capped at 20 s, for at most `maxAttempts` attempts in all.

export const DEFAULT_MAX_ATTEMPTS = 3;
/** Never more than this, whatever the caller asks: a tool call must finish in bounded time. */
export const MAX_ATTEMPTS_CAP = 10;
const BASE_DELAY_MS = 100;
const THROTTLING_BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 20_000;

/** Error codes the SDKs treat as throttling (retry with the longer base delay). */
export const THROTTLING_ERROR_CODES: ReadonlySet<string> = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);

/** Error codes that mean "try again", whatever the status. */
export const TRANSIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'InternalError',
  'InternalFailure',
  'InternalServerError',
  'InternalServiceError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);

export const TRANSIENT_STATUS_CODES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** Node socket errors worth another attempt on a fresh connection. */
export const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'TimeoutError',
  'RequestTimeout',
]);

export type RetryKind = 'throttling' | 'transient' | 'none';

export interface ErrorFacts {
  readonly code?: string;
  readonly httpStatus?: number;
  /** The modeled error carries `smithy.api#retryable`. */
  readonly modeledRetryable?: boolean;
  readonly modeledThrottling?: boolean;
}

export function classifyServiceError(e: ErrorFacts): RetryKind {
  if (e.modeledThrottling || e.httpStatus === 429 || (e.code && THROTTLING_ERROR_CODES.has(e.code))) {
    return 'throttling';
  }
  if (e.modeledRetryable) return 'transient';
  if (e.code && TRANSIENT_ERROR_CODES.has(e.code)) return 'transient';
  if (e.httpStatus !== undefined && TRANSIENT_STATUS_CODES.has(e.httpStatus)) return 'transient';
  return 'none';
}

export function isRetryableNetworkError(code: string | undefined): boolean {
  return code !== undefined && NETWORK_ERROR_CODES.has(code);
}

/** Full-jitter exponential backoff before attempt `attempt + 1` (attempt counts from 1). */
export function backoffDelayMs(attempt: number, kind: RetryKind, random: () => number = Math.random): number {
  const base = kind === 'throttling' ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS;
  const ceiling = Math.min(MAX_DELAY_MS, base * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

export function boundedMaxAttempts(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_MAX_ATTEMPTS;
  return Math.min(MAX_ATTEMPTS_CAP, Math.max(1, Math.floor(requested)));
}

/** Resolves after `ms`, or rejects early when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

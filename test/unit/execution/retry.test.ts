// Standard-mode retry policy: which errors retry, how long the backoff is, how many attempts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  boundedMaxAttempts,
  classifyServiceError,
  isRetryableNetworkError,
  MAX_ATTEMPTS_CAP,
} from '../../../src/execution/retry.js';

describe('classifyServiceError', () => {
  it('treats throttling codes and HTTP 429 as throttling', () => {
    expect(classifyServiceError({ code: 'ThrottlingException', httpStatus: 400 })).toBe('throttling');
    expect(classifyServiceError({ code: 'SlowDown', httpStatus: 503 })).toBe('throttling');
    expect(classifyServiceError({ code: 'Whatever', httpStatus: 429 })).toBe('throttling');
    expect(classifyServiceError({ code: 'X', modeledRetryable: true, modeledThrottling: true })).toBe(
      'throttling',
    );
  });

  it('treats 5xx, transient codes and @retryable errors as transient', () => {
    expect(classifyServiceError({ code: 'InternalError', httpStatus: 500 })).toBe('transient');
    expect(classifyServiceError({ code: 'Unknown', httpStatus: 503 })).toBe('transient');
    expect(classifyServiceError({ code: 'RequestTimeout', httpStatus: 400 })).toBe('transient');
    expect(classifyServiceError({ code: 'ModeledOne', httpStatus: 400, modeledRetryable: true })).toBe(
      'transient',
    );
  });

  it('does not retry client errors', () => {
    expect(classifyServiceError({ code: 'AccessDenied', httpStatus: 403 })).toBe('none');
    expect(classifyServiceError({ code: 'ValidationException', httpStatus: 400 })).toBe('none');
  });

  it('retries connection resets and timeouts, not DNS misses', () => {
    expect(isRetryableNetworkError('ECONNRESET')).toBe(true);
    expect(isRetryableNetworkError('TimeoutError')).toBe(true);
    expect(isRetryableNetworkError('ENOTFOUND')).toBe(false);
    expect(isRetryableNetworkError(undefined)).toBe(false);
  });
});

describe('backoff', () => {
  it('stays within the full-jitter envelope and never exceeds 20 s', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('throttling' as const, 'transient' as const),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (attempt, kind, r) => {
          const base = kind === 'throttling' ? 500 : 100;
          const d = backoffDelayMs(attempt, kind, () => r);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(Math.min(20_000, base * 2 ** (attempt - 1)));
        },
      ),
    );
  });

  it('bounds the attempt count whatever the caller asks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)), (n) => {
        const a = boundedMaxAttempts(n);
        expect(a).toBeGreaterThanOrEqual(1);
        expect(a).toBeLessThanOrEqual(MAX_ATTEMPTS_CAP);
      }),
    );
    expect(boundedMaxAttempts(undefined)).toBe(3);
  });
});

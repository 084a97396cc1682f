// Sealed, single-use answers to approval questions (2026-07-28 multi-round-trip), and the report
// of a question that is never answered.

import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ApprovalNonces } from '../../../src/mcp/approval-port.js';
import { callerKey, callerOf } from '../../../src/mcp/caller-key.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('an answer redeems once, for its own request, and cancels the expiry report', async () => {
  const nonces = new ApprovalNonces(60_000);
  const expired = vi.fn();
  const state = await nonces.mint('hash-a', expired);
  expect(await nonces.redeem(state, 'hash-b')).toBe(false);
  expect(await nonces.redeem(`${state}x`, 'hash-a')).toBe(false);
  expect(await nonces.redeem(state, 'hash-a')).toBe(true);
  expect(await nonces.redeem(state, 'hash-a')).toBe(false);
  vi.advanceTimersByTime(61_000);
  expect(expired).not.toHaveBeenCalled();
});

it('a question left unanswered is reported once when its window closes, and cannot be answered after', async () => {
  const nonces = new ApprovalNonces(60_000);
  const expired = vi.fn();
  const state = await nonces.mint('hash-a', expired);
  vi.advanceTimersByTime(59_000);
  expect(expired).not.toHaveBeenCalled();
  vi.advanceTimersByTime(2_000);
  expect(expired).toHaveBeenCalledTimes(1);
  expect(await nonces.redeem(state, 'hash-a')).toBe(false);
});

it('caller keys: one per stdio process, one per HTTP session, and the principal is part of the key', () => {
  expect(callerKey(callerOf('stdio', undefined))).toBe(callerKey(callerOf('stdio', 'ignored')));
  expect(callerKey(callerOf('http', 's1'))).not.toBe(callerKey(callerOf('http', 's2')));
  expect(callerKey(callerOf('http', 's1'))).not.toBe(callerKey(callerOf('stdio', undefined)));
  expect(callerKey(callerOf('http', undefined))).toBe('anonymous/http-sessionless');
  expect(callerKey({ principal: 'alice', session: 'http:s1' })).not.toBe(
    callerKey({ principal: 'bob', session: 'http:s1' }),
  );
});

// Sealed, single-use answers to approval questions (2026-07-28 multi-round-trip), and the report
// of a question that is never answered.

import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ApprovalNonces } from '../../../src/mcp/approval-port.js';
import { callerKey, callerOf } from '../../../src/mcp/caller-key.js';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { sqliteNonces } from '../../../src/state/sqlite/nonces.js';

const shared = { nonces: sqliteNonces(openAuditDatabase(':memory:')), sealKey: randomBytes(32) };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('an answer redeems once, for its own request, and cancels the expiry report', async () => {
  const nonces = new ApprovalNonces(60_000, () => shared);
  const expired = vi.fn();
  const state = await nonces.mint('hash-a', expired);
  expect(await nonces.redeem(state, 'hash-b')).toBe(false);
  expect(await nonces.redeem(`${state}x`, 'hash-a')).toBe(false);
  expect(await nonces.redeem(state, 'hash-a')).toBe(true);
  expect(await nonces.redeem(state, 'hash-a')).toBe(false);
  await vi.advanceTimersByTimeAsync(61_000);
  expect(expired).not.toHaveBeenCalled();
});

it('a question left unanswered is reported once when its window closes, and cannot be answered after', async () => {
  const nonces = new ApprovalNonces(60_000, () => shared);
  const expired = vi.fn();
  const state = await nonces.mint('hash-a', expired);
  await vi.advanceTimersByTimeAsync(59_000);
  expect(expired).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(2_000);
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

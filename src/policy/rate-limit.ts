// Per-person rate limits from the policy (`rate_limits:`): calls per minute, writes per minute
// (write and destructive calls; count toward calls too) and calls in flight. Minutes are fixed
// windows (a burst can straddle a boundary: at most twice the limit over any 60 s). Every admitted
// attempt counts. Over a limit: `RateLimited` with `retryAfterSeconds`, and nothing is sent.
// The counters sit behind a port (RateCounters) so the shared state store can hold them: then the
// limits hold across instances, per-minute counts exactly; calls in flight are leases, released on
// completion and, when an instance dies mid-call, lapsing within LEASE_MS.

import type { Risk } from '../catalog/types.js';
import { ToolError } from '../errors/tool-error.js';
import { principalKey, type Principal } from '../identity/principal.js';
import type { RateLimits } from './types.js';

/**
 * Where the counts live: this process's memory (MemoryRateCounters), or the shared state store so
 * that every instance counts against one limit (state/: SQLite for the processes of one machine,
 * PostgreSQL for many instances).
 */
export interface RateCounters {
  /**
   * Adds `delta` to the window counter `key` (created at 0, forgotten `ttlMs` after it was created)
   * and returns the new value. Atomic across every holder of the store: the per-minute counts are exact.
   */
  add(key: string, delta: number, ttlMs: number): Promise<number>;
  /**
   * Takes one of the `max` slots of `key`, if fewer than `max` live leases hold it: the new lease's
   * id, else undefined. A lease lapses `leaseMs` after it was taken or last renewed, so the slots
   * of a process that died mid-call come back by themselves.
   */
  acquire(key: string, max: number, leaseMs: number): Promise<string | undefined>;
  /** Extends a live lease (a long call keeps its slot). */
  renew(key: string, lease: string, leaseMs: number): Promise<void>;
  release(key: string, lease: string): Promise<void>;
}

const MINUTE_MS = 60_000;
/** An in-flight slot is held this long unless renewed; a running call renews it every third of it. */
const LEASE_MS = 60_000;

/** Counters in this process's memory: right for one server process that shares no store. */
export class MemoryRateCounters implements RateCounters {
  private readonly counters = new Map<string, { value: number; expiresAt: number }>();
  private readonly leases = new Map<string, Map<string, number>>();
  private nextLease = 0;

  constructor(private readonly now: () => number = Date.now) {}

  add(key: string, delta: number, ttlMs: number): Promise<number> {
    const now = this.now();
    if (this.counters.size > 10_000) this.sweep(now);
    const found = this.counters.get(key);
    const live = found && found.expiresAt > now ? found : { value: 0, expiresAt: now + ttlMs };
    live.value += delta;
    this.counters.set(key, live);
    return Promise.resolve(live.value);
  }

  acquire(key: string, max: number, leaseMs: number): Promise<string | undefined> {
    const now = this.now();
    const held = this.leases.get(key) ?? new Map<string, number>();
    for (const [lease, expiresAt] of held) if (expiresAt <= now) held.delete(lease);
    if (held.size >= max) return Promise.resolve(undefined);
    const lease = String(++this.nextLease);
    this.leases.set(key, held.set(lease, now + leaseMs));
    return Promise.resolve(lease);
  }

  renew(key: string, lease: string, leaseMs: number): Promise<void> {
    const held = this.leases.get(key);
    if (held?.has(lease)) held.set(lease, this.now() + leaseMs);
    return Promise.resolve();
  }

  release(key: string, lease: string): Promise<void> {
    const held = this.leases.get(key);
    held?.delete(lease);
    if (held?.size === 0) this.leases.delete(key);
    return Promise.resolve();
  }

  private sweep(now: number): void {
    for (const [k, v] of this.counters) if (v.expiresAt <= now) this.counters.delete(k);
  }
}

export class RateLimiter {
  constructor(
    private readonly counters: RateCounters,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one call (and one write, for write and destructive risks) this minute; throws when over. */
  async count(principal: Principal, limits: RateLimits | undefined, risk: Risk): Promise<void> {
    if (!limits) return;
    const now = this.now();
    const window = Math.floor(now / MINUTE_MS);
    const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * MINUTE_MS - now) / 1000));
    const who = principalKey(principal);
    const check = async (kind: string, limit: number | undefined, what: string) => {
      if (limit === undefined) return;
      const n = await this.counters.add(`${kind}:${who}:${window}`, 1, 2 * MINUTE_MS);
      if (n > limit) throw limited(`${what} per minute (${limit})`, retryAfterSeconds, kind);
    };
    await check('calls', limits.callsPerMinute, 'calls');
    if (risk === 'write' || risk === 'destructive')
      await check('writes', limits.writesPerMinute, 'write calls');
  }

  /**
   * Takes one of the person's concurrent-call slots (a lease, renewed while the call runs); the
   * returned function gives it back (once). Giving it back never fails the call: a lease the store
   * could not release lapses by itself.
   */
  async enter(principal: Principal, limits: RateLimits | undefined): Promise<() => Promise<void>> {
    const max = limits?.concurrentCalls;
    if (max === undefined) return () => Promise.resolve();
    const key = `concurrent:${principalKey(principal)}`;
    const lease = await this.counters.acquire(key, max, LEASE_MS);
    if (lease === undefined) throw limited(`calls at once (${max})`, 1, 'concurrent');
    const renewal = setInterval(
      () => void this.counters.renew(key, lease, LEASE_MS).catch(() => undefined),
      LEASE_MS / 3,
    );
    renewal.unref();
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      clearInterval(renewal);
      await this.counters.release(key, lease).catch(() => undefined);
    };
  }
}

function limited(what: string, retryAfterSeconds: number, limit: string): ToolError {
  return new ToolError('RateLimited', `Over your rate limit of ${what}; nothing was sent to AWS.`, {
    hint: `Retry after ${retryAfterSeconds} s, or ask the operator to raise rate_limits in policy.yaml.`,
    details: { retryAfterSeconds, limit },
  });
}

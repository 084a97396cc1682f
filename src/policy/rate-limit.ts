// Per-person rate limits from the policy (`rate_limits:`): calls per minute, writes per minute
// (write and destructive calls; count toward calls too) and calls in flight. Minutes are fixed
// windows (a burst can straddle a boundary: at most twice the limit over any 60 s). Every admitted
// attempt counts. Over a limit: `RateLimited` with `retryAfterSeconds`, and nothing is sent.
// The counters sit behind a one-method port so a shared store (PostgreSQL) can hold them.

import type { Risk } from '../catalog/types.js';
import { ToolError } from '../errors/tool-error.js';
import { principalKey, type Principal } from '../identity/principal.js';
import type { RateLimits } from './types.js';

/** Shared counters. `add` is atomic: it adds `delta` to `key` (created at 0) and returns the result. */
export interface RateCounters {
  /** `ttlMs`: the counter may be forgotten that long after it was created (window counters). */
  add(key: string, delta: number, ttlMs?: number): Promise<number>;
}

const MINUTE_MS = 60_000;

/** Counters in this process's memory: right for one server process. */
export class MemoryRateCounters implements RateCounters {
  private readonly counters = new Map<string, { value: number; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  add(key: string, delta: number, ttlMs?: number): Promise<number> {
    const now = this.now();
    if (this.counters.size > 10_000) this.sweep(now);
    const found = this.counters.get(key);
    const live = found && found.expiresAt > now ? found : { value: 0, expiresAt: now + (ttlMs ?? Infinity) };
    live.value += delta;
    if (live.value === 0 && ttlMs === undefined) this.counters.delete(key);
    else this.counters.set(key, live);
    return Promise.resolve(live.value);
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

  /** Takes one of the person's concurrent-call slots; the returned function gives it back (once). */
  async enter(principal: Principal, limits: RateLimits | undefined): Promise<() => Promise<void>> {
    const max = limits?.concurrentCalls;
    if (max === undefined) return () => Promise.resolve();
    const key = `concurrent:${principalKey(principal)}`;
    if ((await this.counters.add(key, 1)) > max) {
      await this.counters.add(key, -1);
      throw limited(`calls at once (${max})`, 1, 'concurrent');
    }
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await this.counters.add(key, -1);
    };
  }
}

function limited(what: string, retryAfterSeconds: number, limit: string): ToolError {
  return new ToolError('RateLimited', `Over your rate limit of ${what}; nothing was sent to AWS.`, {
    hint: `Retry after ${retryAfterSeconds} s, or ask the operator to raise rate_limits in policy.yaml.`,
    details: { retryAfterSeconds, limit },
  });
}

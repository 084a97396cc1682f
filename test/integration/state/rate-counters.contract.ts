// The contract of the rate-limit counters (RateCounterStore), met by the in-process counters and
// by both state stores. Several handles stand for several instances (each its own connections):
// per-minute counts are exact across them, and of concurrent requests for in-flight slots exactly
// the limit win. A lease that is not renewed lapses, which is how a dead instance's slots come back.

import { describe, expect, it } from 'vitest';
import type { RateCounterStore } from '../../../src/state/ports.js';

export interface CountersUnderTest {
  /** `n` handles on one shared set of counters, and how to close them. */
  open(n: number): Promise<{ handles: RateCounterStore[]; close(): Promise<void> }>;
}

const HANDLES = 5;
const unique = (what: string) => `${what}:${Math.random().toString(36).slice(2)}`;

export function rateCountersContract(name: string, underTest: CountersUnderTest): void {
  describe(`rate counters: ${name}`, () => {
    it('60 concurrent adds over 5 handles: every count from 1 to 60 given exactly once', async () => {
      const { handles, close } = await underTest.open(HANDLES);
      try {
        const key = unique('calls');
        const counts = await Promise.all(
          Array.from({ length: 60 }, (_, i) => handles[i % HANDLES]!.add(key, 1, 120_000)),
        );
        expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
        expect(await handles[1]!.add(unique('other'), 1, 120_000)).toBe(1);
      } finally {
        await close();
      }
    });

    it('a counter forgotten after its ttl starts again from the delta', async () => {
      const { handles, close } = await underTest.open(2);
      try {
        const key = unique('short');
        expect(await handles[0]!.add(key, 1, 1000)).toBe(1);
        expect(await handles[1]!.add(key, 1, 1000)).toBe(2);
        await new Promise((r) => setTimeout(r, 1200));
        expect(await handles[1]!.add(key, 1, 1000)).toBe(1);
      } finally {
        await close();
      }
    });

    it('of 20 concurrent acquires of 3 slots over 5 handles exactly 3 win; a release frees one', async () => {
      const { handles, close } = await underTest.open(HANDLES);
      try {
        const key = unique('concurrent');
        const leases = await Promise.all(
          Array.from({ length: 20 }, (_, i) => handles[i % HANDLES]!.acquire(key, 3, 60_000)),
        );
        const won = leases.filter((l): l is string => l !== undefined);
        expect(won).toHaveLength(3);
        expect(await handles[2]!.acquire(key, 3, 60_000)).toBeUndefined();
        await handles[4]!.release(key, won[0]!);
        const again = await handles[3]!.acquire(key, 3, 60_000);
        expect(again).toBeDefined();
        expect(await handles[0]!.acquire(key, 3, 60_000)).toBeUndefined();
        // Another person's slots are their own.
        expect(await handles[0]!.acquire(unique('concurrent'), 3, 60_000)).toBeDefined();
      } finally {
        await close();
      }
    });

    it('a lease nobody renews lapses (a dead instance); a renewed one is kept', async () => {
      const { handles, close } = await underTest.open(2);
      try {
        const key = unique('lapse');
        const renewed = await handles[0]!.acquire(key, 2, 1000);
        const abandoned = await handles[0]!.acquire(key, 2, 1000);
        expect(renewed && abandoned).toBeTruthy();
        expect(await handles[1]!.acquire(key, 2, 1000)).toBeUndefined();
        await new Promise((r) => setTimeout(r, 500));
        await handles[1]!.renew(key, renewed!, 60_000);
        await new Promise((r) => setTimeout(r, 700));
        expect(await handles[1]!.acquire(key, 2, 60_000)).toBeDefined();
        expect(await handles[1]!.acquire(key, 2, 60_000)).toBeUndefined();
      } finally {
        await close();
      }
    });
  });
}

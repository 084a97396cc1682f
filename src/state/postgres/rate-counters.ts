// Rate-limit counters on PostgreSQL, shared by every instance. A window counter is one atomic
// upsert (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), so per-minute counts are exact across
// instances. Taking an in-flight slot is a short transaction serialized per key by a transaction
// advisory lock: lapsed leases are removed, the live ones counted, and a lease inserted only below
// the limit, so two instances never both take the last slot. Leases lapse by themselves when an
// instance dies mid-call.

import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logging/logger.js';
import type { RateCounterStore } from '../ports.js';
import { guarded } from '../unavailable.js';
import { named } from './pool.js';
import type pg from 'pg';

/** A counter forgotten after its ttl starts again from 0 (the same upsert on both stores). */
const ADD = `INSERT INTO rate_counters (key, value, expires_at) VALUES (@key, @delta, @expiresAt)
  ON CONFLICT (key) DO UPDATE SET
    value = CASE WHEN rate_counters.expires_at > @now THEN rate_counters.value + excluded.value ELSE excluded.value END,
    expires_at = CASE WHEN rate_counters.expires_at > @now THEN rate_counters.expires_at ELSE excluded.expires_at END
  RETURNING value`;

/** pg_advisory_xact_lock(class, hashtext(key)): the class keeps these locks apart from others. */
const LEASE_LOCK_CLASS = 0x72_61_74;

const PURGE_EVERY_MS = 60_000;

async function takeLease(client: pg.PoolClient, key: string, max: number, leaseMs: number) {
  const now = Date.now();
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LEASE_LOCK_CLASS, key]);
    await client.query('DELETE FROM rate_leases WHERE key = $1 AND expires_at <= $2', [key, now]);
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM rate_leases WHERE key = $1',
      [key],
    );
    let lease: string | undefined;
    if (rows[0]!.n < max) {
      lease = randomUUID();
      await client.query('INSERT INTO rate_leases (key, lease, expires_at) VALUES ($1, $2, $3)', [
        key,
        lease,
        now + leaseMs,
      ]);
    }
    await client.query('COMMIT');
    return lease;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

export function postgresRateCounters(pool: pg.Pool, logger?: Logger): RateCounterStore {
  let purgedAt = 0;
  return {
    add: (key, delta, ttlMs) =>
      guarded(
        'rate count',
        async () => {
          const now = Date.now();
          if (now - purgedAt > PURGE_EVERY_MS) {
            purgedAt = now;
            // Past windows, off the call's path: a failed purge is retried a minute later.
            void pool.query('DELETE FROM rate_counters WHERE expires_at <= $1', [now]).catch(() => undefined);
          }
          const { rows } = await pool.query<{ value: number }>(
            ...named(ADD, { key, delta, expiresAt: now + ttlMs, now }),
          );
          return rows[0]!.value;
        },
        logger,
      ),
    acquire: (key, max, leaseMs) =>
      guarded(
        'rate lease',
        async () => {
          const client = await pool.connect();
          try {
            return await takeLease(client, key, max, leaseMs);
          } finally {
            client.release();
          }
        },
        logger,
      ),
    renew: (key, lease, leaseMs) =>
      guarded(
        'rate lease renew',
        async () =>
          void (await pool.query('UPDATE rate_leases SET expires_at = $1 WHERE key = $2 AND lease = $3', [
            Date.now() + leaseMs,
            key,
            lease,
          ])),
        logger,
      ),
    release: (key, lease) =>
      guarded(
        'rate lease release',
        async () =>
          void (await pool.query('DELETE FROM rate_leases WHERE key = $1 AND lease = $2', [key, lease])),
        logger,
      ),
  };
}

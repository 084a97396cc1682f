// Rate-limit counters on SQLite, beside the audit trail: every server process on this machine
// counts against the same limits. A window counter is one upsert; taking an in-flight slot counts
// the live leases and inserts one inside an IMMEDIATE transaction (the write lock first), so two
// processes never both take the last slot. Once a minute, the first count or slot taken also
// removes past windows and every lapsed lease (a process that died mid-call), whoever's it was:
// a person who never comes back leaves no rows behind.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { RateCounterStore } from '../ports.js';
import { guarded } from '../unavailable.js';

const SCHEMA = `
-- PRIMARY KEY key: the upsert of each counted call (INSERT ... ON CONFLICT (key) DO UPDATE).
CREATE TABLE IF NOT EXISTS rate_counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL, expires_at INTEGER NOT NULL);
-- The purge: DELETE ... WHERE expires_at <= now.
CREATE INDEX IF NOT EXISTS rate_counters_expires ON rate_counters (expires_at);
-- One row per call in flight. PRIMARY KEY (key, lease): renew and release; its key prefix serves
-- the count of a person's live leases and the purge of their lapsed ones when a slot is taken.
CREATE TABLE IF NOT EXISTS rate_leases (key TEXT NOT NULL, lease TEXT NOT NULL, expires_at INTEGER NOT NULL, PRIMARY KEY (key, lease));`;

/** A counter forgotten after its ttl starts again from 0 (the same upsert on both stores). */
const ADD = `INSERT INTO rate_counters (key, value, expires_at) VALUES (@key, @delta, @expiresAt)
  ON CONFLICT (key) DO UPDATE SET
    value = CASE WHEN rate_counters.expires_at > @now THEN rate_counters.value + excluded.value ELSE excluded.value END,
    expires_at = CASE WHEN rate_counters.expires_at > @now THEN rate_counters.expires_at ELSE excluded.expires_at END
  RETURNING value`;

const PURGE_EVERY_MS = 60_000;

export function sqliteRateCounters(db: Database): RateCounterStore {
  db.exec(SCHEMA);
  const add = db.prepare<{ key: string; delta: number; expiresAt: number; now: number }, { value: number }>(
    ADD,
  );
  const purge = db.prepare('DELETE FROM rate_counters WHERE expires_at <= ?');
  // No index on expires_at: one row per call in flight plus the lapsed ones, a short scan.
  const purgeLeases = db.prepare('DELETE FROM rate_leases WHERE expires_at <= ?');
  const lapse = db.prepare('DELETE FROM rate_leases WHERE key = ? AND expires_at <= ?');
  const live = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM rate_leases WHERE key = ?');
  const insert = db.prepare('INSERT INTO rate_leases (key, lease, expires_at) VALUES (?, ?, ?)');
  const renew = db.prepare('UPDATE rate_leases SET expires_at = ? WHERE key = ? AND lease = ?');
  const release = db.prepare('DELETE FROM rate_leases WHERE key = ? AND lease = ?');
  const take = db.transaction((key: string, max: number, now: number, expiresAt: number) => {
    lapse.run(key, now);
    if (live.get(key)!.n >= max) return undefined;
    const lease = randomUUID();
    insert.run(key, lease, expiresAt);
    return lease;
  });
  let purgedAt = 0;
  const purgeLapsed = (now: number): void => {
    if (now - purgedAt <= PURGE_EVERY_MS) return;
    purge.run(now);
    purgeLeases.run(now);
    purgedAt = now;
  };
  return {
    add: (key, delta, ttlMs) =>
      guarded('rate count', () => {
        const now = Date.now();
        purgeLapsed(now);
        return add.get({ key, delta, expiresAt: now + ttlMs, now })!.value;
      }),
    acquire: (key, max, leaseMs) =>
      guarded('rate lease', () => {
        const now = Date.now();
        purgeLapsed(now);
        return take.immediate(key, max, now, now + leaseMs);
      }),
    renew: (key, lease, leaseMs) =>
      guarded('rate lease renew', () => void renew.run(Date.now() + leaseMs, key, lease)),
    release: (key, lease) => guarded('rate lease release', () => void release.run(key, lease)),
  };
}

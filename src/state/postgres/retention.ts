// The background sweeps of PostgreSQL, on a pool of one connection of their own, so they never
// take a connection the calls need; every instance runs them. Each tick is one short statement
// or transaction; rows are chosen FOR UPDATE SKIP LOCKED, so two instances sweep disjoint rows
// and a row a call holds is skipped, not waited for.
// - AWS_MCP_AUDIT_RETENTION_DAYS (when set): the same timer as SQLite (audit/retention.ts).
//   lock_timeout bounds any other wait (the cascade to audit_op), after which the tick is
//   skipped and retried later.
// - Lapsed rate leases, always: a lease lapses when its instance died mid-call; taking a slot
//   removes the person's own lapsed ones, and this sweep removes those of a person who never
//   comes back.

import { startRetention, startSweeper, type RetentionOptions } from '../../audit/retention.js';
import type { Logger } from '../../logging/logger.js';
import { createPool } from './pool.js';
import type pg from 'pg';

/**
 * The oldest `$2` transactions started before `$1` that nobody holds, deleted with their ops
 * (ON DELETE CASCADE, served by audit_op's primary key prefix tx_id). The inner SELECT walks
 * audit_tx_started in order, so a tick reads about `batch` index entries whatever the table size.
 */
const PRUNE = `WITH doomed AS (
    SELECT tx_id FROM audit_tx WHERE started_ms < $1 ORDER BY started_ms LIMIT $2 FOR UPDATE SKIP LOCKED)
  DELETE FROM audit_tx t USING doomed d WHERE t.tx_id = d.tx_id`;

/** How long a tick may wait for a lock before it gives up (the next tick retries). */
const LOCK_TIMEOUT = '200ms';

/** Deletes one batch in its own transaction; returns how many transactions it deleted. */
export async function prunePostgresOnce(pool: pg.Pool, cutoffMs: number, batch: number): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
      const { rowCount } = await client.query(PRUNE, [cutoffMs, batch]);
      await client.query('COMMIT');
      return rowCount ?? 0;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  } finally {
    client.release();
  }
}

/**
 * Lapsed leases, up to `$2`, that nobody holds (a renew or release under way keeps its row locked:
 * skipped; a renewed row no longer matches once re-checked). No index on expires_at: the table
 * holds one row per call in flight plus the lapsed ones, so the scan is short.
 */
const SWEEP_LEASES = `WITH lapsed AS (
    SELECT key, lease FROM rate_leases WHERE expires_at <= $1 LIMIT $2 FOR UPDATE SKIP LOCKED)
  DELETE FROM rate_leases r USING lapsed l WHERE r.key = l.key AND r.lease = l.lease`;

/** Deletes up to `batch` leases lapsed at `nowMs`, whoever's they are; returns how many. */
export async function sweepLapsedLeasesOnce(pool: pg.Pool, nowMs: number, batch: number): Promise<number> {
  const { rowCount } = await pool.query(SWEEP_LEASES, [nowMs, batch]);
  return rowCount ?? 0;
}

export interface PostgresSweepOptions extends Omit<RetentionOptions, 'days'> {
  /** AWS_MCP_AUDIT_RETENTION_DAYS; unset: the audit trail is kept (leases are still swept). */
  readonly days?: number;
  /** Between lease sweeps (default a minute). */
  readonly leasesEveryMs?: number;
  readonly logger?: Logger;
}

/** Runs the sweeps of the database at `url` on timers; the returned function stops them and closes its pool. */
export function startPostgresSweeps(url: string, opts: PostgresSweepOptions): () => Promise<void> {
  const pool = createPool({ url, max: 1 }, opts.logger);
  const now = opts.now ?? Date.now;
  const { days } = opts;
  const stops = [
    startSweeper('rate lease sweep', (batch) => sweepLapsedLeasesOnce(pool, now(), batch), {
      ...(opts.logger ? { logger: opts.logger } : {}),
      everyMs: opts.leasesEveryMs ?? 60_000,
    }),
    ...(days === undefined
      ? []
      : [startRetention((cutoff, batch) => prunePostgresOnce(pool, cutoff, batch), { ...opts, days })]),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
    await pool.end();
  };
}

// AWS_MCP_AUDIT_RETENTION_DAYS on PostgreSQL: the same timer as SQLite (audit/retention.ts), each
// tick one short transaction on a pool of one connection of its own, so pruning never takes a
// connection the calls need. Safe with any number of instances pruning at once: the batch is
// chosen FOR UPDATE SKIP LOCKED, so two pruners take disjoint rows, and a row another transaction
// holds (an instance writing that record) is skipped, not waited for. lock_timeout bounds any
// other wait (the cascade to audit_op), after which the tick is skipped and retried later.

import { startRetention, type RetentionOptions } from '../../audit/retention.js';
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

/** Prunes the trail at `url` on a timer; the returned function stops it and closes its pool. */
export function startPostgresRetention(
  url: string,
  opts: RetentionOptions & { logger?: Logger },
): () => Promise<void> {
  const pool = createPool({ url, max: 1 }, opts.logger);
  const stop = startRetention((cutoff, batch) => prunePostgresOnce(pool, cutoff, batch), opts);
  return async () => {
    await stop();
    await pool.end();
  };
}

// AWS_MCP_AUDIT_RETENTION_DAYS: records older than that are deleted in the background, a small
// batch per tick on a connection of its own that never waits for a lock (a busy database skips
// the tick), so pruning never holds up a call: each tick is one short write transaction, and the
// timer is unref'd (it keeps no process alive). A full batch schedules the next tick soon, so a
// backlog (a first enable on an old trail) drains steadily without one long delete. The timer is
// the same for both stores; each store brings its batch (SQLite here, PostgreSQL in state/).

import type { Database } from 'better-sqlite3';

export const DAY_MS = 86_400_000;

/**
 * Deletes up to `batch` transactions started before `cutoffMs`, oldest first, with their
 * operations, in one transaction. Returns how many transactions it deleted.
 */
export function pruneOnce(db: Database, cutoffMs: number, batch: number): number {
  return db
    .transaction(() => {
      const ids = db
        .prepare(`SELECT tx_id FROM audit_tx WHERE started_ms < ? ORDER BY started_ms LIMIT ?`)
        .pluck()
        .all(cutoffMs, batch) as string[];
      if (ids.length === 0) return 0;
      const list = JSON.stringify(ids);
      db.prepare(`DELETE FROM audit_op WHERE tx_id IN (SELECT value FROM json_each(?))`).run(list);
      return db.prepare(`DELETE FROM audit_tx WHERE tx_id IN (SELECT value FROM json_each(?))`).run(list)
        .changes;
    })
    .immediate();
}

/** How a background sweep runs (the same timer for retention and other cleanups). */
export interface SweepTimerOptions {
  /** Rows removed per tick at most (default 200: a few milliseconds of writing). */
  readonly batch?: number;
  /** Between ticks once caught up (default a minute), and while a backlog drains (default 1 s). */
  readonly everyMs?: number;
  readonly backlogEveryMs?: number;
  readonly logger?: { debug(msg: string, fields?: object): void; warn(msg: string, fields?: object): void };
}

export interface RetentionOptions extends SweepTimerOptions {
  readonly days: number;
  readonly now?: () => number;
}

/**
 * One batch of pruning in a store: deletes up to `batch` transactions started before `cutoffMs`
 * with their operations, and says how many. SQLite: pruneOnce; PostgreSQL: state/postgres/retention.
 */
export type Pruner = (cutoffMs: number, batch: number) => number | Promise<number>;

/** Prunes on a timer from now on; the returned function stops it, once any tick under way ends. */
export function startRetention(prune: Pruner, opts: RetentionOptions): () => Promise<void> {
  const now = opts.now ?? Date.now;
  return startSweeper('audit retention', (batch) => prune(now() - opts.days * DAY_MS, batch), opts);
}

/**
 * Runs `sweep` (one batch: how many rows it removed) on an unref'd timer, first at once; a full
 * batch brings the next tick soon. A tick that fails (busy, unavailable) is logged and the next one
 * tries again. The returned function stops it, once any tick under way ends.
 */
export function startSweeper(
  name: string,
  sweep: (batch: number) => number | Promise<number>,
  opts: SweepTimerOptions,
): () => Promise<void> {
  const batch = opts.batch ?? 200;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> | undefined;
  const tick = async (): Promise<void> => {
    let removed = 0;
    try {
      removed = await sweep(batch);
      if (removed > 0) opts.logger?.debug(`${name} removed rows`, { rows: removed });
    } catch (e) {
      // Busy (a call is writing) or briefly unavailable: the next tick tries again.
      if (!stopped) opts.logger?.warn(`${name} skipped a tick`, { error: (e as Error).message });
    }
    if (stopped) return;
    timer = setTimeout(run, removed === batch ? (opts.backlogEveryMs ?? 1_000) : (opts.everyMs ?? 60_000));
    timer.unref();
  };
  const run = (): void => void (running = tick());
  timer = setTimeout(run, 0);
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

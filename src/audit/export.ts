// Reading the audit trail at any size: transactions oldest first, fetched a page at a time by
// keyset (the last (started_ms, tx_id) seen), so an export of millions of records holds one page
// in memory and never an open cursor between pages (better-sqlite3 allows no other statement on a
// connection while one iterates). The filters are the `audit` command's; schema.ts v4 indexes them.

import type { Database } from 'better-sqlite3';
import { rowToEntry, rowToOp, type OpRow, type TxRow } from './rows.js';
import type { AuditEntry, AuditStatus } from './types.js';

export const AUDIT_STATUSES = [
  'started',
  'succeeded',
  'failed',
  'denied',
  'approval-required',
  'declined',
  'approval-timeout',
  'cancelled',
  'validated',
] as const satisfies readonly AuditStatus[];

export interface ExportQuery {
  readonly since?: Date;
  readonly txId?: string;
  readonly service?: string;
  readonly status?: AuditStatus;
  /** Only the newest `limit` transactions (still oldest first). */
  readonly limit?: number;
}

const DEFAULT_PAGE = 500;

function filters(q: ExportQuery): { where: string[]; params: Record<string, unknown> } {
  const columns = { started_ms: q.since?.getTime(), tx_id: q.txId, service: q.service, status: q.status };
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(columns)) {
    if (value === undefined || value === '') continue;
    // --since is a lower bound; the other filters are equalities.
    where.push(`${column} ${column === 'started_ms' ? '>=' : '='} @${column}`);
    params[column] = value;
  }
  return { where, params };
}

/** The first (oldest) key of the newest `limit` matches: where a limited export starts. */
function firstOfNewest(db: Database, q: ExportQuery, limit: number): [number, string] | undefined {
  const { where, params } = filters(q);
  const row = db
    .prepare(
      `SELECT started_ms, tx_id FROM audit_tx ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY started_ms DESC, tx_id DESC LIMIT 1 OFFSET @skip`,
    )
    .get({ ...params, skip: limit - 1 }) as Pick<TxRow, 'started_ms' | 'tx_id'> | undefined;
  return row && [row.started_ms, row.tx_id];
}

function opsByTx(db: Database, txIds: readonly string[]): Map<string, OpRow[]> {
  const rows = db
    .prepare(`SELECT * FROM audit_op WHERE tx_id IN (SELECT value FROM json_each(?)) ORDER BY tx_id, seq`)
    .all(JSON.stringify(txIds)) as OpRow[];
  const byTx = new Map<string, OpRow[]>();
  for (const r of rows) byTx.set(r.tx_id, [...(byTx.get(r.tx_id) ?? []), r]);
  return byTx;
}

/** One page of matches after (or from, `>=`) a key, in key order; from the start without one. */
function pageQuery(db: Database, where: readonly string[], cmp?: '>' | '>=') {
  const all = cmp ? [...where, `(started_ms, tx_id) ${cmp} (@afterMs, @afterTx)`] : where;
  return db.prepare(
    `SELECT * FROM audit_tx ${all.length ? `WHERE ${all.join(' AND ')}` : ''}
     ORDER BY started_ms, tx_id LIMIT @pageSize`,
  );
}

/** The matching transactions with their operations, oldest first, `pageSize` rows per query. */
export function* exportEntries(
  db: Database,
  q: ExportQuery = {},
  pageSize = DEFAULT_PAGE,
): Generator<AuditEntry, void, undefined> {
  const { where, params } = filters(q);
  // A limited export starts at the oldest of the newest `limit` matches, that key included.
  let after = q.limit === undefined ? undefined : firstOfNewest(db, q, q.limit);
  let query = pageQuery(db, where, after ? '>=' : undefined);
  const next = pageQuery(db, where, '>');
  for (let left = q.limit ?? Infinity; left > 0; query = next) {
    const rows = query.all({
      ...params,
      ...(after ? { afterMs: after[0], afterTx: after[1] } : {}),
      pageSize: Math.min(pageSize, left),
    }) as TxRow[];
    if (rows.length === 0) return;
    const ops = opsByTx(
      db,
      rows.map((r) => r.tx_id),
    );
    for (const r of rows) yield rowToEntry(r, (ops.get(r.tx_id) ?? []).map(rowToOp));
    left -= rows.length;
    const last = rows.at(-1)!;
    after = [last.started_ms, last.tx_id];
  }
}

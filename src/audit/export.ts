// Reading the audit trail at any size: transactions oldest first, fetched a page at a time by
// keyset (the last (started_ms, tx_id) seen), so an export of millions of records holds one page
// in memory and never an open cursor between pages (better-sqlite3 allows no other statement on a
// connection while one iterates). The filters are the `audit` command's; schema.ts v5 and v8 (and
// PostgreSQL's migration 2) index them. The SQL is shared: PostgreSQL runs the same cursor.

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
  /** Who called (`principal` of the entry: an OS user or a token's person). */
  readonly principal?: string;
  /** Only the newest `limit` transactions (still oldest first). */
  readonly limit?: number;
}

export const DEFAULT_EXPORT_PAGE = 500;

/** One statement of an export, with `@name` parameters (SQLite's; PostgreSQL maps them). */
export interface ExportStatement {
  readonly sql: string;
  readonly params: Record<string, unknown>;
}

function filters(q: ExportQuery): { where: string[]; params: Record<string, unknown> } {
  const columns = {
    started_ms: q.since?.getTime(),
    tx_id: q.txId,
    service: q.service,
    status: q.status,
    principal: q.principal,
  };
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

const whereOf = (all: readonly string[]): string => (all.length ? `WHERE ${all.join(' AND ')}` : '');

/**
 * Where an export is, as plain SQL both stores run (the same text in SQLite and PostgreSQL):
 * keyset pages on (started_ms, tx_id), a limited export starting at the oldest of the newest
 * `limit` matches. The stores only run the statements it gives and report the rows back.
 */
export class ExportCursor {
  private readonly where: string[];
  private readonly params: Record<string, unknown>;
  private after: [number, string] | undefined;
  /** The first page of a limited export includes its start key (`>=`); every later one is `>`. */
  private inclusive = false;
  private left: number;

  constructor(
    private readonly query: ExportQuery = {},
    private readonly pageSize = DEFAULT_EXPORT_PAGE,
  ) {
    ({ where: this.where, params: this.params } = filters(query));
    this.left = query.limit ?? Infinity;
  }

  /** For a limited export, the statement finding its start key (run before the first page). */
  startStatement(): ExportStatement | undefined {
    if (this.query.limit === undefined) return undefined;
    return {
      sql: `SELECT started_ms, tx_id FROM audit_tx ${whereOf(this.where)}
       ORDER BY started_ms DESC, tx_id DESC LIMIT 1 OFFSET @skip`,
      params: { ...this.params, skip: this.query.limit - 1 },
    };
  }

  /** The start key found by startStatement's row (none: fewer matches than the limit). */
  startAt(row: Pick<TxRow, 'started_ms' | 'tx_id'> | undefined): void {
    if (!row) return;
    this.after = [row.started_ms, row.tx_id];
    this.inclusive = true;
  }

  /** The next page's statement, or undefined when the export is done. */
  nextPage(): ExportStatement | undefined {
    if (this.left <= 0) return undefined;
    const cmp = this.inclusive ? '>=' : '>';
    const all = this.after ? [...this.where, `(started_ms, tx_id) ${cmp} (@afterMs, @afterTx)`] : this.where;
    return {
      sql: `SELECT * FROM audit_tx ${whereOf(all)} ORDER BY started_ms, tx_id LIMIT @pageSize`,
      params: {
        ...this.params,
        ...(this.after ? { afterMs: this.after[0], afterTx: this.after[1] } : {}),
        pageSize: Math.min(this.pageSize, this.left),
      },
    };
  }

  /** Records the rows a page returned; an empty page ends the export. */
  took(rows: readonly TxRow[]): void {
    const last = rows.at(-1);
    if (!last) return void (this.left = 0);
    this.left -= rows.length;
    this.after = [last.started_ms, last.tx_id];
    this.inclusive = false;
  }
}

/** The entries of one page: each transaction with its operations, in seq order. */
export function entriesOf(rows: readonly TxRow[], ops: readonly OpRow[]): AuditEntry[] {
  const byTx = new Map<string, OpRow[]>();
  for (const o of ops) byTx.set(o.tx_id, [...(byTx.get(o.tx_id) ?? []), o]);
  return rows.map((r) => rowToEntry(r, (byTx.get(r.tx_id) ?? []).sort((a, b) => a.seq - b.seq).map(rowToOp)));
}

/** The matching transactions with their operations, oldest first, `pageSize` rows per query. */
export function* exportEntries(
  db: Database,
  q: ExportQuery = {},
  pageSize = DEFAULT_EXPORT_PAGE,
): Generator<AuditEntry, void, undefined> {
  const cursor = new ExportCursor(q, pageSize);
  const start = cursor.startStatement();
  if (start) cursor.startAt(db.prepare(start.sql).get(start.params) as TxRow | undefined);
  const opsOf = db.prepare(`SELECT * FROM audit_op WHERE tx_id IN (SELECT value FROM json_each(?))`);
  for (let page = cursor.nextPage(); page; page = cursor.nextPage()) {
    const rows = db.prepare(page.sql).all(page.params) as TxRow[];
    cursor.took(rows);
    if (rows.length === 0) return;
    yield* entriesOf(rows, opsOf.all(JSON.stringify(rows.map((r) => r.tx_id))) as OpRow[]);
  }
}

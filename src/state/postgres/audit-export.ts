// Reading the audit trail from PostgreSQL: the export cursor SQLite runs (audit/export.ts), page by
// page on the pool, so `aws-tool-mcp audit` and the trail's export hold one page in memory at any
// size. A reader for the CLI opens no migration and writes nothing: it can point at a read
// replica (BENCHMARKS.md, "past one database"), and a database no server has used yet reads empty.

import { entriesOf, ExportCursor, type ExportQuery } from '../../audit/export.js';
import type { OpRow, TxRow } from '../../audit/rows.js';
import type { AuditEntry } from '../../audit/types.js';
import type { Logger } from '../../logging/logger.js';
import { guarded } from '../unavailable.js';
import { createPool, named } from './pool.js';
import type pg from 'pg';

/** The matching transactions with their operations, oldest first, one query pair per page. */
export async function* postgresExport(
  pool: pg.Pool,
  query: ExportQuery = {},
  opts: { pageSize?: number; logger?: Logger } = {},
): AsyncGenerator<AuditEntry, void, undefined> {
  const cursor = new ExportCursor(query, opts.pageSize);
  const run = async <Row extends pg.QueryResultRow>(sql: string, params: Record<string, unknown>) =>
    guarded('audit export', async () => (await pool.query<Row>(...named(sql, params))).rows, opts.logger);
  const start = cursor.startStatement();
  if (start) cursor.startAt((await run<TxRow>(start.sql, start.params))[0]);
  for (let page = cursor.nextPage(); page; page = cursor.nextPage()) {
    const rows = await run<TxRow>(page.sql, page.params);
    cursor.took(rows);
    if (rows.length === 0) return;
    const ops = await run<OpRow>('SELECT * FROM audit_op WHERE tx_id = ANY(@ids)', {
      ids: rows.map((r) => r.tx_id),
    });
    yield* entriesOf(rows, ops);
  }
}

export interface AuditReader {
  export(query: ExportQuery): AsyncIterable<AuditEntry>;
  close(): Promise<void>;
}

/** A small pool that only reads the trail (the `audit` command), at `url`. */
export function openPostgresAuditReader(url: string, logger?: Logger): AuditReader {
  const pool = createPool({ url, max: 2 }, logger);
  return {
    async *export(query) {
      // No table: the schema was never migrated (no server has run on this database yet).
      const { rows } = await guarded('audit export', () =>
        pool.query<{ t: string | null }>(`SELECT to_regclass('audit_tx')::text AS t`),
      );
      if (rows[0]?.t == null) return;
      yield* postgresExport(pool, query, logger ? { logger } : {});
    },
    close: () => pool.end(),
  };
}

// The PostgreSQL connection pool of one instance. The URL is a libpq URL; pg reads its TLS
// options (sslmode, sslrootcert, sslcert, sslkey) from it. A connection the server drops (restart,
// failover) is discarded by the pool and the next query opens a new one: an outage ends without
// a restart of this process. Queries fail fast rather than hold a call for long.

import pg from 'pg';
import type { Logger } from '../../logging/logger.js';

/** Epoch-ms columns are BIGINT: read them as numbers (exact up to year 285,616). */
const INT8_OID = 20;

export interface PoolSettings {
  readonly url: string;
  /** Connections per instance (default 10). */
  readonly max?: number;
}

export function createPool(settings: PoolSettings, logger?: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString: settings.url,
    max: settings.max ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 10_000,
    query_timeout: 15_000,
    application_name: 'aws-tool-mcp',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that dies (server restart) is reported here; without a listener it would
  // crash the process. The pool has already dropped it.
  pool.on('error', (e) => logger?.warn('database connection lost', { error: e.message }));
  return pool;
}

/** `@name` parameters (as in the SQLite statements) to pg's positional ones. */
export function named(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const order: string[] = [];
  const text = sql.replace(/@(\w+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for @${name}`);
    const at = order.indexOf(name);
    return `$${at >= 0 ? at + 1 : order.push(name)}`;
  });
  return [text, order.map((n) => values[n])];
}

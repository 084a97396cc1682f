// Opens the audit database (also home of pending approvals): SQLite in WAL mode, created with
// owner-only permissions. synchronous=NORMAL by default: in WAL mode a committed transaction
// survives a process crash (kill -9); FULL also survives power loss at the cost of one fsync per
// commit (see bench/results-audit.md).

import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ToolError } from '../errors/tool-error.js';

export type SynchronousMode = 'NORMAL' | 'FULL';

export const DEFAULT_BUSY_TIMEOUT_MS = 250;

export interface OpenAuditDatabaseOptions {
  readonly synchronous?: SynchronousMode;
  /**
   * Milliseconds to wait for another connection's write lock (default 250). Writes are synchronous,
   * so this is how long a locked database can hold up the whole server before the call is refused.
   */
  readonly busyTimeoutMs?: number;
  readonly readonly?: boolean;
}

// Where the database lives by default; kept apart so reading settings never loads SQLite.
export { defaultAuditDbPath } from './paths.js';

export function openAuditDatabase(file: string, opts: OpenAuditDatabaseOptions = {}): Database.Database {
  try {
    if (opts.readonly) return new Database(file, { readonly: true, fileMustExist: true });
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${opts.synchronous ?? 'NORMAL'}`);
    if (file !== ':memory:') chmodSync(file, 0o600);
    return db;
  } catch (e) {
    throw new ToolError('AuditUnavailable', 'The audit database cannot be opened for writing.', {
      hint: `Set AUDIT_DB_PATH to a writable location (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
    });
  }
}

// Picks the store of shared state from the settings: PostgreSQL when a database URL is given
// (several instances, one truth), else the SQLite file beside the audit trail (the default).
// The PostgreSQL client is loaded only when it is used.

import type { Logger } from '../logging/logger.js';
import type { StateStore } from './ports.js';
import { openSqliteState } from './sqlite/open.js';

export interface StateSettings {
  /** AWS_MCP_DATABASE_URL; undefined keeps everything in SQLite. */
  readonly databaseUrl?: string;
  /** AUDIT_DB_PATH: the SQLite file, and beside it the approval key file both stores use. */
  readonly auditDbPath: string;
}

export async function openState(settings: StateSettings, logger?: Logger): Promise<StateStore> {
  if (settings.databaseUrl === undefined) return openSqliteState(settings.auditDbPath, logger);
  const { openPostgresState } = await import('./postgres/open.js');
  return openPostgresState({ url: settings.databaseUrl, auditDbPath: settings.auditDbPath }, logger);
}

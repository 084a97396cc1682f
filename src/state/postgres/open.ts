// All shared state in PostgreSQL (AWS_MCP_DATABASE_URL): one pool per instance, the schema
// migrated before anything is served. The payload key stays a file (beside AUDIT_DB_PATH), never
// in the database: a dump of the database alone cannot test guesses of a payload's secrets.

import { loadPayloadKey, payloadKeyPath } from '../../approval/payload-key.js';
import type { Logger } from '../../logging/logger.js';
import type { StateStore } from '../ports.js';
import { sealKeyOf } from '../seal-key.js';
import { stateUnavailable } from '../unavailable.js';
import { postgresApprovalTokens } from './approvals.js';
import { postgresAuditTrail } from './audit.js';
import { postgresNonces, postgresSessions } from './ephemeral.js';
import { migrate } from './migrations.js';
import { createPool } from './pool.js';
import { postgresRateCounters } from './rate-counters.js';

export interface PostgresStateSettings {
  readonly url: string;
  /** AUDIT_DB_PATH: the approval key is `<file>.approval-key`, the same file for every instance. */
  readonly auditDbPath: string;
}

export async function openPostgresState(
  settings: PostgresStateSettings,
  logger?: Logger,
): Promise<StateStore> {
  const payloadKey = loadPayloadKey(payloadKeyPath(settings.auditDbPath));
  const pool = createPool({ url: settings.url }, logger);
  try {
    const applied = await migrate(pool);
    if (applied > 0) logger?.info('database schema migrated', { migrations: applied });
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw stateUnavailable('migrate', e, logger);
  }
  return {
    kind: 'postgres',
    approvals: postgresApprovalTokens(pool, payloadKey, logger),
    nonces: postgresNonces(pool, logger),
    sessions: postgresSessions(pool, logger),
    rateCounters: postgresRateCounters(pool, logger),
    audit: postgresAuditTrail(pool, logger ? { logger } : {}),
    sealKey: sealKeyOf(payloadKey),
    close: () => pool.end(),
  };
}

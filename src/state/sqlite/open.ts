// All shared state in one SQLite file (AUDIT_DB_PATH): the embedded default, no setup needed.
// The tables live beside the audit trail, as the approvals always have.

import { loadPayloadKey, payloadKeyPath } from '../../approval/payload-key.js';
import { ApprovalStore } from '../../approval/token-store.js';
import { AuditStore } from '../../audit/audit-store.js';
import { openAuditDatabase } from '../../audit/database.js';
import type { Logger } from '../../logging/logger.js';
import type { StateStore } from '../ports.js';
import { sealKeyOf } from '../seal-key.js';
import { sqliteApprovalTokens } from './approvals.js';
import { sqliteAuditTrail } from './audit.js';
import { sqliteNonces } from './nonces.js';
import { sqliteRateCounters } from './rate-counters.js';
import { sqliteSessions } from './sessions.js';

export function openSqliteState(file: string, logger?: Logger): StateStore {
  const db = openAuditDatabase(file);
  try {
    return {
      kind: 'sqlite',
      approvals: sqliteApprovalTokens(new ApprovalStore(db)),
      nonces: sqliteNonces(db),
      sessions: sqliteSessions(db),
      rateCounters: sqliteRateCounters(db),
      audit: sqliteAuditTrail(db, new AuditStore(db, logger ? { logger } : {})),
      // The file ApprovalStore read just before (an in-memory database: a key of this process).
      sealKey: sealKeyOf(loadPayloadKey(payloadKeyPath(file))),
      close: async () => void db.close(),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

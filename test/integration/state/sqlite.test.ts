// The state contract on SQLite (the default store): handles are separate connections to one file;
// an outage is another connection holding the write lock.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { openState } from '../../../src/state/open-state.js';
import { stateContract } from './state.contract.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'state-sqlite-'));
const auditDbPath = path.join(dir, 'audit.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

stateContract('SQLite', () => ({
  open: () => openState({ auditDbPath }),
  outage: async () => {
    const holder = openAuditDatabase(auditDbPath);
    holder.exec('BEGIN EXCLUSIVE');
    return async () => {
      holder.exec('COMMIT');
      holder.close();
    };
  },
}));

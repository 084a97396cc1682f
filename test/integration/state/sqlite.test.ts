// The state contract on SQLite (the default store): handles are separate connections to one file;
// an outage is another connection holding the write lock.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { openState } from '../../../src/state/open-state.js';
import { rateCountersContract } from './rate-counters.contract.js';
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

rateCountersContract('SQLite', {
  open: async (n) => {
    const stores = await Promise.all(Array.from({ length: n }, () => openState({ auditDbPath })));
    return {
      handles: stores.map((s) => s.rateCounters),
      close: async () => void (await Promise.all(stores.map((s) => s.close()))),
    };
  },
});

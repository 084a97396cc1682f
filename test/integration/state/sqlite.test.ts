// The state contract on SQLite (the default store): handles are separate connections to one file;
// an outage is another connection holding the write lock. Also: lapsed leases of a person who never
// comes back are removed by the once-a-minute purge of whoever counts or takes a slot next.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
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

it('a lapsed lease of a person who never comes back is removed by the next purge; live ones are kept', async () => {
  const [dead, next] = [await openState({ auditDbPath }), await openState({ auditDbPath })];
  const reader = openAuditDatabase(auditDbPath);
  const leases = () => reader.prepare('SELECT key FROM rate_leases ORDER BY key').pluck().all();
  try {
    reader.exec('DELETE FROM rate_leases');
    // Alice's process died mid-call: her lease is never renewed nor released, and she never calls again.
    expect(await dead.rateCounters.acquire('inflight:alice', 2, 30)).toBeDefined();
    expect(await dead.rateCounters.acquire('inflight:carol', 2, 600_000)).toBeDefined();
    await new Promise((r) => setTimeout(r, 60));
    expect(leases()).toEqual(['inflight:alice', 'inflight:carol']);
    // Another process's first count (its purge is due) removes it; carol's live lease stays.
    await next.rateCounters.add('calls:bob', 1, 60_000);
    expect(leases()).toEqual(['inflight:carol']);
  } finally {
    reader.close();
    await Promise.all([dead.close(), next.close()]);
  }
});

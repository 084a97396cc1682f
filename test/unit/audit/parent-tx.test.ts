// An inner call of a script or batch names its parent's tx_id in the audit trail.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { AuditStore } from '../../../src/audit/audit-store.js';
import { openAuditDatabase } from '../../../src/audit/database.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-parent-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('stores parentTxId with the record; a call without a parent has none', () => {
  const db = openAuditDatabase(path.join(dir, 'a.db'));
  const store = new AuditStore(db);
  const parent = store.begin({
    tool: 'aws_execute',
    action: 'script',
    service: 'script',
    operation: 'Script',
  });
  const child = store.begin({
    tool: 'aws_execute',
    action: 'invoke',
    service: 's3',
    operation: 'ListBuckets',
    parentTxId: parent,
  });
  store.complete(child, { status: 'succeeded' });
  store.complete(parent, { status: 'succeeded', response: { n: 1 } });
  expect(store.get(child)?.parentTxId).toBe(parent);
  expect(store.get(parent)?.parentTxId).toBeUndefined();
  db.close();
});

// Approval-question nonces on SQLite, beside the audit trail. Redemption is one guarded
// DELETE ... RETURNING, so exactly one of any number of concurrent redemptions wins.

import type { Database } from 'better-sqlite3';
import type { ApprovalNonceStore } from '../ports.js';
import { guarded } from '../unavailable.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS approval_nonces (nonce TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
-- The purge on add: DELETE ... WHERE expires_at <= now.
CREATE INDEX IF NOT EXISTS approval_nonces_expires ON approval_nonces (expires_at);`;

export function sqliteNonces(db: Database): ApprovalNonceStore {
  db.exec(SCHEMA);
  const add = db.prepare(`INSERT INTO approval_nonces (nonce, expires_at) VALUES (?, ?)`);
  const purge = db.prepare(`DELETE FROM approval_nonces WHERE expires_at <= ?`);
  const redeem = db.prepare(`DELETE FROM approval_nonces WHERE nonce = ? AND expires_at > ? RETURNING nonce`);
  const withdraw = db.prepare(`DELETE FROM approval_nonces WHERE nonce = ?`);
  return {
    add: (nonce, expiresAt) =>
      guarded('nonce add', () => {
        // Nonces of a process that stopped before their timer ran are removed here.
        purge.run(Date.now());
        add.run(nonce, expiresAt);
      }),
    redeem: (nonce, now) => guarded('nonce redeem', () => redeem.get(nonce, now) !== undefined),
    withdraw: (nonce) => guarded('nonce withdraw', () => withdraw.run(nonce).changes === 1),
  };
}

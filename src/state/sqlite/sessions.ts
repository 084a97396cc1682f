// What 2025-era HTTP sessions negotiated, and answers relayed between processes, on SQLite (one
// machine: any process may read it).

import type { Database } from 'better-sqlite3';
import type { SessionRecord, SessionStore } from '../ports.js';
import { guarded } from '../unavailable.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS http_sessions (id TEXT PRIMARY KEY, record TEXT NOT NULL, expires_at INTEGER NOT NULL);
-- The purge on save: DELETE ... WHERE expires_at <= now.
CREATE INDEX IF NOT EXISTS http_sessions_expires ON http_sessions (expires_at);
-- Answers relayed to the instance that asked. PRIMARY KEY: collect by session and request.
CREATE TABLE IF NOT EXISTS session_answers (session_id TEXT NOT NULL, request_key TEXT NOT NULL, message TEXT NOT NULL,
  expires_at INTEGER NOT NULL, PRIMARY KEY (session_id, request_key));
-- The purge on relay: DELETE ... WHERE expires_at <= now.
CREATE INDEX IF NOT EXISTS session_answers_expires ON session_answers (expires_at);`;

export function sqliteSessions(db: Database): SessionStore {
  db.exec(SCHEMA);
  const save = db.prepare(
    `INSERT INTO http_sessions (id, record, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET record = excluded.record, expires_at = excluded.expires_at`,
  );
  const purge = db.prepare(`DELETE FROM http_sessions WHERE expires_at <= ?`);
  const load = db.prepare<[string, number], { record: string }>(
    `SELECT record FROM http_sessions WHERE id = ? AND expires_at > ?`,
  );
  const touch = db.prepare(`UPDATE http_sessions SET expires_at = ? WHERE id = ? AND expires_at > ?`);
  const remove = db.prepare(`DELETE FROM http_sessions WHERE id = ?`);
  const purgeAnswers = db.prepare(`DELETE FROM session_answers WHERE expires_at <= ?`);
  const relay = db.prepare(
    `INSERT INTO session_answers (session_id, request_key, message, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (session_id, request_key) DO NOTHING`,
  );
  const collect = db.prepare<[string, string, number], { message: string }>(
    `DELETE FROM session_answers WHERE session_id = ? AND request_key = ? AND expires_at > ? RETURNING message`,
  );
  return {
    save: (id, record, expiresAt) =>
      guarded('session save', () => {
        purge.run(Date.now());
        save.run(id, JSON.stringify(record), expiresAt);
      }),
    load: (id, now) =>
      guarded('session load', () => {
        const row = load.get(id, now);
        return row ? (JSON.parse(row.record) as SessionRecord) : undefined;
      }),
    touch: (id, expiresAt, now) =>
      guarded('session touch', () => touch.run(expiresAt, id, now).changes === 1),
    remove: (id) => guarded('session remove', () => void remove.run(id)),
    relay: (id, requestKey, message, expiresAt) =>
      guarded('session relay', () => {
        purgeAnswers.run(Date.now());
        relay.run(id, requestKey, JSON.stringify(message), expiresAt);
      }),
    collect: (id, requestKeys, now) =>
      guarded('session collect', () =>
        requestKeys.flatMap((key) => {
          const row = collect.get(id, key, now);
          return row ? [JSON.parse(row.message) as unknown] : [];
        }),
      ),
  };
}

// The short-lived shared state on PostgreSQL: approval-question nonces (single use: a guarded
// DELETE ... RETURNING, one winner across instances), 2025-era HTTP session records and the
// answers their clients sent to another instance than the one asking.

import type { Logger } from '../../logging/logger.js';
import type { ApprovalNonceStore, SessionRecord, SessionStore } from '../ports.js';
import { guarded } from '../unavailable.js';
import type pg from 'pg';

export function postgresNonces(pool: pg.Pool, logger?: Logger): ApprovalNonceStore {
  return {
    add: (nonce, expiresAt) =>
      guarded(
        'nonce add',
        async () => {
          // Nonces of an instance that stopped before their timer ran are removed here.
          await pool.query('DELETE FROM approval_nonces WHERE expires_at <= $1', [Date.now()]);
          await pool.query('INSERT INTO approval_nonces (nonce, expires_at) VALUES ($1, $2)', [
            nonce,
            expiresAt,
          ]);
        },
        logger,
      ),
    redeem: (nonce, now) =>
      guarded(
        'nonce redeem',
        async () =>
          (await pool.query('DELETE FROM approval_nonces WHERE nonce = $1 AND expires_at > $2', [nonce, now]))
            .rowCount === 1,
        logger,
      ),
    withdraw: (nonce) =>
      guarded(
        'nonce withdraw',
        async () =>
          (await pool.query('DELETE FROM approval_nonces WHERE nonce = $1', [nonce])).rowCount === 1,
        logger,
      ),
  };
}

export function postgresSessions(pool: pg.Pool, logger?: Logger): SessionStore {
  return {
    save: (id, record, expiresAt) =>
      guarded(
        'session save',
        async () => {
          await pool.query('DELETE FROM http_sessions WHERE expires_at <= $1', [Date.now()]);
          await pool.query(
            `INSERT INTO http_sessions (id, record, expires_at) VALUES ($1, $2, $3)
               ON CONFLICT (id) DO UPDATE SET record = excluded.record, expires_at = excluded.expires_at`,
            [id, JSON.stringify(record), expiresAt],
          );
        },
        logger,
      ),
    load: (id, now) =>
      guarded(
        'session load',
        async () => {
          const { rows } = await pool.query<{ record: SessionRecord }>(
            'SELECT record FROM http_sessions WHERE id = $1 AND expires_at > $2',
            [id, now],
          );
          return rows[0]?.record;
        },
        logger,
      ),
    touch: (id, expiresAt, now) =>
      guarded(
        'session touch',
        async () =>
          (
            await pool.query('UPDATE http_sessions SET expires_at = $1 WHERE id = $2 AND expires_at > $3', [
              expiresAt,
              id,
              now,
            ])
          ).rowCount === 1,
        logger,
      ),
    remove: (id) =>
      guarded(
        'session remove',
        async () => void (await pool.query('DELETE FROM http_sessions WHERE id = $1', [id])),
        logger,
      ),
    ...postgresSessionAnswers(pool, logger),
  };
}

/** Answers relayed to the instance that asked (SessionStore.relay and collect). */
function postgresSessionAnswers(pool: pg.Pool, logger?: Logger): Pick<SessionStore, 'relay' | 'collect'> {
  return {
    relay: (id, requestKey, message, expiresAt) =>
      guarded(
        'session relay',
        async () => {
          await pool.query('DELETE FROM session_answers WHERE expires_at <= $1', [Date.now()]);
          await pool.query(
            `INSERT INTO session_answers (session_id, request_key, message, expires_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT (session_id, request_key) DO NOTHING`,
            [id, requestKey, JSON.stringify(message), expiresAt],
          );
        },
        logger,
      ),
    collect: (id, requestKeys, now) =>
      guarded(
        'session collect',
        async () =>
          (
            await pool.query<{ message: unknown }>(
              `DELETE FROM session_answers WHERE session_id = $1 AND request_key = ANY($2) AND expires_at > $3
                 RETURNING message`,
              [id, requestKeys, now],
            )
          ).rows.map((r) => r.message),
        logger,
      ),
  };
}

// Confirmation tokens on PostgreSQL, with the guarantees of the SQLite store (token-store.ts):
// only a sha256 of a token is stored; redemption is one guarded DELETE ... RETURNING, so of any
// number of concurrent redemptions on any number of instances exactly one wins (a second DELETE
// waits on the row lock, then finds the row gone); a decision (approve or deny) is a guarded
// UPDATE of a pending row, so of concurrent decisions on any instances exactly one is recorded.

import {
  DECIDE,
  diagnoseRedeem,
  hashToken,
  newIssuedToken,
  pendingRowColumns,
  toApproval,
  type ApprovalRow,
} from '../../approval/token-store.js';
import { hashPayload } from '../../approval/canonical-json.js';
import type { Logger } from '../../logging/logger.js';
import type { ApprovalTokens } from '../ports.js';
import { guarded } from '../unavailable.js';
import { named } from './pool.js';
import type pg from 'pg';

const INSERT = `INSERT INTO approvals (id, token_hash, service, operation, region, account, payload_hash,
    session_id, key_parameters, mode, state, created_at, expires_at, four_eyes)
  VALUES (@id, @tokenHash, @service, @operation, @region, @account, @payloadHash, @sessionId,
    @keyParameters, @mode, 'pending', @now, @expiresAt, @fourEyes)`;

const REDEEM = `DELETE FROM approvals
  WHERE token_hash = @tokenHash AND expires_at > @now
    AND service = @service AND operation = @operation AND region = @region AND account = @account
    AND payload_hash = @payloadHash AND session_id = @sessionId AND state <> 'denied'
    AND (state = 'approved' OR (NOT @requireOutOfBand AND mode <> 'out-of-band'))
  RETURNING *`;

export function postgresApprovalTokens(pool: pg.Pool, payloadKey: Buffer, logger?: Logger): ApprovalTokens {
  return new PostgresApprovalTokens(pool, payloadKey, logger);
}

/**
 * The store's operations as bound arrow fields (not prototype methods), so callers can pass
 * `tokens.redeem` around as before, when the store was an object literal of closures.
 */
class PostgresApprovalTokens implements ApprovalTokens {
  constructor(
    private readonly pool: pg.Pool,
    private readonly payloadKey: Buffer,
    private readonly logger?: Logger,
  ) {}

  private async run<R extends pg.QueryResultRow>(sql: string, values: Record<string, unknown>) {
    return this.pool.query<R>(...named(sql, values));
  }

  private async rows(sql: string, values: unknown[]): Promise<ApprovalRow[]> {
    return (await this.pool.query<ApprovalRow>(sql, values)).rows;
  }

  readonly payloadHash: ApprovalTokens['payloadHash'] = (payload) => hashPayload(payload, this.payloadKey);

  readonly issue: ApprovalTokens['issue'] = (input) =>
    guarded(
      'approval issue',
      async () => {
        await this.pool.query('DELETE FROM approvals WHERE expires_at <= $1', [input.now]);
        const issued = newIssuedToken(input);
        await this.run(INSERT, pendingRowColumns(input, issued));
        return issued;
      },
      this.logger,
    );

  readonly redeem: ApprovalTokens['redeem'] = (token, b, now) =>
    guarded(
      'approval redeem',
      async () => {
        const tokenHash = hashToken(token);
        const { rows: won } = await this.run<ApprovalRow>(REDEEM, {
          tokenHash,
          now,
          service: b.service,
          operation: b.operation,
          region: b.region,
          account: b.account ?? '',
          payloadHash: b.payloadHash,
          sessionId: b.sessionId ?? '',
          requireOutOfBand: b.requireOutOfBand,
        });
        if (won[0]) return { ok: true as const, approval: toApproval(won[0]) };
        // Lost (or never valid): read the row, if any, only to say why.
        const [row] = await this.rows('SELECT * FROM approvals WHERE token_hash = $1', [tokenHash]);
        return diagnoseRedeem(row, b, now);
      },
      this.logger,
    );

  readonly decide: ApprovalTokens['decide'] = (id, state, d) =>
    guarded(
      'approval decide',
      async () => (await this.run(DECIDE, { id, state, by: d.by, via: d.via, now: d.now })).rowCount === 1,
      this.logger,
    );

  readonly reject: ApprovalTokens['reject'] = (id) =>
    guarded(
      'approval reject',
      async () => (await this.pool.query('DELETE FROM approvals WHERE id = $1', [id])).rowCount === 1,
      this.logger,
    );

  readonly get: ApprovalTokens['get'] = (id) =>
    guarded(
      'approval get',
      async () => {
        const [row] = await this.rows('SELECT * FROM approvals WHERE id = $1', [id]);
        return row ? toApproval(row) : undefined;
      },
      this.logger,
    );

  readonly open: ApprovalTokens['open'] = (now) =>
    guarded(
      'approval list',
      async () =>
        (await this.rows('SELECT * FROM approvals WHERE expires_at > $1 ORDER BY created_at', [now])).map(
          toApproval,
        ),
      this.logger,
    );
}

// The audit side of one invoke: op rows for every request it sent (its own, and the server's
// STS requests on its behalf, even those sent before its record began), and the record of a call
// refused before AWS.

import type { AuditStatus } from '../../audit/types.js';
import type { ToolError } from '../../errors/tool-error.js';
import type { AssumeRoleRecord } from '../../execution/credentials.js';
import type { ToolServices } from '../services.js';
import type { RequestRecord } from './run-call.js';

type TxStart = Parameters<ToolServices['audit']['begin']>[0];

/**
 * Op rows of one transaction; requests made before the transaction began wait in `pending`.
 * Writes are chained in request order; one that fails makes the next `record` (before the next
 * request is sent) and `written` reject, so a call stops where its record stops.
 */
export class CallOps {
  readonly opIds: string[] = [];
  private txId: string | undefined;
  private readonly pending: RequestRecord[] = [];
  private writes: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly services: ToolServices,
    private readonly serviceId: string,
    private readonly region: string,
  ) {}

  /** Binds the transaction and writes the requests made so far (the account lookup). */
  attach(txId: string): void {
    this.txId = txId;
    for (const r of this.pending.splice(0)) void this.record(r);
  }

  /** Every op row so far, committed; rejects with the first write that failed. */
  async written(): Promise<readonly string[]> {
    await this.writes;
    if (this.failure !== undefined) throw this.failure;
    return this.opIds;
  }

  readonly record = (r: RequestRecord): Promise<void> => {
    if (this.txId === undefined) {
      this.pending.push(r);
      return Promise.resolve();
    }
    const txId = this.txId;
    const write = (): Promise<void> => this.write(txId, r);
    this.writes = this.writes.then(write).catch((e: unknown) => {
      this.failure ??= e;
    });
    const done = this.written().then(() => undefined);
    done.catch(() => undefined); // callers that cannot wait (side requests) meet it in `written`
    return done;
  };

  private async write(txId: string, r: RequestRecord): Promise<void> {
    if (this.failure !== undefined) return;
    const o = r.outcome;
    const own = r.kind === 'credential' || r.kind === 'account';
    this.opIds.push(
      await this.services.audit.op(txId, {
        kind: r.kind,
        operation: `${own ? 'sts' : this.serviceId}:${r.operation}`,
        ...(r.atMs !== undefined ? { atMs: r.atMs } : {}),
        attempt: o.attempts,
        region: this.region,
        httpStatus: o.httpStatus,
        ...(o.requestId ? { awsRequestId: o.requestId } : {}),
        ...(!o.ok ? { errorCode: o.error.code } : {}),
        durationMs: o.durationMs,
      }),
    );
  }

  /** sts:AssumeRole sent by the credential resolver for options.roleArn. */
  readonly recordAssumeRole = (a: AssumeRoleRecord): void => {
    const meta = { httpStatus: a.httpStatus ?? 0, attempts: 1, durationMs: a.durationMs };
    const outcome = a.ok
      ? { ok: true as const, output: {}, ...meta, ...(a.requestId ? { requestId: a.requestId } : {}) }
      : {
          ok: false as const,
          ...meta,
          error: {
            code: a.errorCode ?? 'Error',
            message: '',
            retryable: false,
            fault: 'client' as const,
            modeled: false,
          },
          ...(a.requestId ? { requestId: a.requestId } : {}),
        };
    void this.record({ kind: 'credential', operation: 'AssumeRole', outcome, atMs: a.atMs });
  };
}

const REFUSAL_STATUS: Readonly<Record<string, Exclude<AuditStatus, 'started'>>> = {
  PolicyDenied: 'denied',
  ConfirmationRequired: 'approval-required',
  ApprovalDeclined: 'declined',
  ApprovalTimeout: 'approval-timeout',
  Cancelled: 'cancelled',
};

/** A call refused before AWS (invalid, denied, needs approval, declined) is still a call: audit it. */
export async function recordRefusal(
  services: ToolServices,
  base: TxStart,
  e: ToolError,
  ops?: CallOps,
): Promise<void> {
  const status = REFUSAL_STATUS[e.code] ?? 'failed';
  const txId = await services.audit.begin(base);
  ops?.attach(txId);
  await ops?.written();
  await services.audit.complete(txId, { status, errorCode: e.code, errorMessage: e.message });
}

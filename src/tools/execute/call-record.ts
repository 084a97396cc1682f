// The audit wrapper of one aws_execute call: it owns the call's record from the facts known
// before AWS to how the call ended, so no step builds an audit row. A call refused before AWS
// (invalid, denied, needs approval, declined) is still a call and gets a record; every request
// sent gets an op row, even those sent before the record began (the account lookup). The same
// facts (`CallSubject`) head the audit record and the result's metadata.
// Commits are what a durable store charges for (one WAL flush each on PostgreSQL), so an op row
// is held until it must be written: before the call sends another request of its own (`flush`),
// or with the completion, in the same commit. A call of one request costs two commits: its
// begin, durable before anything is sent, and its end with its op rows.

import type { ApprovalEvidence } from '../../approval/types.js';
import { uuidv7 } from '../../audit/ids.js';
import type { AuditStatus, OpRecord, TxEnd, TxStart } from '../../audit/types.js';
import { isToolError, type ToolError } from '../../errors/tool-error.js';
import type { InvokeOutcome } from '../../execution/types.js';
import type { Decision } from '../../policy/types.js';
import { decisionView } from '../decision-view.js';
import type { ToolServices } from '../services.js';
import type { CallContext } from './call-context.js';
import type { CallFailure } from './call-failure.js';
import { callMetadata, type MetadataDetail } from './metadata.js';
import { opRecordOf, type AssumeRoleRecord, assumeRoleRequest } from './op-rows.js';
import type { RequestRecord } from './run-call.js';

/** What a call is: named in its audit record and in its result's metadata. */
export interface CallSubject {
  readonly service: string;
  readonly operation: string;
  readonly region: string;
  readonly account?: string;
  /** The IAM role the call runs as (options.roleArn, or the one the person's identity rule assigns). */
  readonly roleArn?: string;
  readonly modelCommit: string;
}

const REFUSAL_STATUS: Readonly<Record<string, Exclude<AuditStatus, 'started'>>> = {
  PolicyDenied: 'denied',
  ConfirmationRequired: 'approval-required',
  ApprovalDeclined: 'declined',
  ApprovalTimeout: 'approval-timeout',
  Cancelled: 'cancelled',
};

export class CallRecord {
  /** The op_id of every request reported, in order (named before its row is written). */
  readonly opIds: string[] = [];
  private tx: string | undefined;
  /** Op rows not yet written, in request order: written by `flush`, or with the completion. */
  private readonly held: OpRecord[] = [];
  /** Flushed op rows are written in request order; the first failure stops every later flush. */
  private writes: Promise<void> = Promise.resolve();
  private failure: unknown;
  private judged: Pick<TxStart, 'risk' | 'decision'> = {};
  private userAgent: string | undefined;

  constructor(
    private readonly services: ToolServices,
    private readonly ctx: CallContext,
    private readonly action: 'invoke' | 'validate',
    private subject: CallSubject,
    /** The payload, already redacted (the audit store redacts again). */
    private readonly request: unknown,
    /** The script or batch the call runs inside: its tx_id, stored on this record. */
    private readonly parentTxId?: string,
  ) {}

  get txId(): string | undefined {
    return this.tx;
  }

  /** The account the call targets, once learned. */
  targets(account: string | undefined): void {
    if (account) this.subject = { ...this.subject, account };
  }

  /** The role the call runs as (the person's role replaces options.roleArn). */
  runsAs(roleArn: string | undefined): void {
    if (roleArn) this.subject = { ...this.subject, roleArn };
  }

  /** The policy's answer: the risk of the call's own operation, and the call's decision. */
  decided(risk: Decision['risk'], decision: Decision): void {
    this.judged = { risk, decision: decisionView(decision) };
  }

  /**
   * An AWS request sent for the call (its own, or the server's STS requests on its behalf). Its
   * op row is held: `flush` writes it before the call's next request, or the completion does.
   */
  readonly onRequest = (r: RequestRecord): void => {
    const op = opRecordOf(r, this.subject);
    const opId = uuidv7(op.atMs ?? Date.now());
    this.opIds.push(opId);
    this.held.push({ ...op, opId });
  };

  /** sts:AssumeRole sent by the credential resolver for options.roleArn. */
  readonly onAssumeRole = (a: AssumeRoleRecord): void => this.onRequest(assumeRoleRequest(a));

  /**
   * Writes the held op rows, one commit each, in order. Resolves once they are durable and rejects
   * when the store failed (then and on every later flush), so a call that awaits this before each
   * further request goes no further than its record. A row whose write failed stays held, for the
   * completion to write (recorded rather than lost).
   */
  readonly flush = (): Promise<void> => {
    const tx = this.tx;
    if (tx !== undefined && this.held.length > 0) {
      this.writes = this.writes
        .then(() => this.writeHeld(tx))
        .catch((e: unknown) => {
          this.failure ??= e;
        });
    }
    return this.writes.then(() => {
      if (this.failure !== undefined) throw this.failure;
    });
  };

  /** What the call step reports its requests to. */
  get listeners(): Pick<CallRecord, 'onRequest' | 'onAssumeRole' | 'flush'> {
    return { onRequest: this.onRequest, onAssumeRole: this.onAssumeRole, flush: this.flush };
  }

  /** Runs `fn`; a ToolError it throws (a refusal before AWS) is recorded, then rethrown. */
  async refusing<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isToolError(e)) await this.refused(e);
      throw e;
    }
  }

  /** A call refused before AWS, now or later (a suspended question that expired). */
  readonly refused = async (e: ToolError): Promise<void> => {
    // A denied four-eyes request names who asked and who denied, when and how (four-eyes.ts).
    const approval = (e.details as { approval?: TxStart['approval'] } | undefined)?.approval;
    await this.open(approval ? { approval } : {});
    await this.end({
      status: REFUSAL_STATUS[e.code] ?? 'failed',
      errorCode: e.code,
      errorMessage: e.message,
    });
  };

  /**
   * The call is approved and goes to AWS: resolves once its begin is committed, so before anything
   * of the call is sent. Requests made so far (the account lookup) are recorded under it.
   */
  begin(approval: ApprovalEvidence): Promise<string> {
    return this.open({ approval: { ...approval } });
  }

  /** The User-Agent the call's requests carry (CloudTrail's way back to this record). */
  sentAs(userAgent: string): void {
    this.userAgent = userAgent;
  }

  /** The call's last request succeeded; `response` is what the record keeps of the output. */
  async succeeded(last: InvokeOutcome, response: unknown): Promise<void> {
    // A success whose op rows did not all reach the store is not reported as one.
    await this.flushedSoFar();
    await this.end({
      status: 'succeeded',
      userAgent: this.userAgent,
      httpStatus: last.httpStatus,
      ...(last.requestId ? { awsRequestId: last.requestId } : {}),
      response,
    });
  }

  async failed(failure: CallFailure, shown: unknown): Promise<void> {
    if (failure.kind === 'cancelled') {
      // Stopped by notifications/cancelled: nobody waits for the result, the record says so.
      const message = 'cancelled by the client';
      return this.end({
        status: 'cancelled',
        userAgent: this.userAgent,
        errorCode: 'Cancelled',
        errorMessage: message,
      });
    }
    const code = failure.kind === 'tool' ? failure.error.code : undefined;
    await this.end({
      status: code === 'PolicyDenied' ? 'denied' : 'failed',
      userAgent: this.userAgent,
      ...(failure.kind === 'aws'
        ? {
            httpStatus: failure.outcome.httpStatus,
            awsRequestId: failure.outcome.requestId,
            errorCode: failure.outcome.error.code,
          }
        : { errorCode: code ?? 'Internal' }),
      errorMessage: shown instanceof Error ? shown.message : String(shown),
    });
  }

  /** The validate action: recorded as a call that was checked, never sent. */
  async validated(): Promise<string> {
    const txId = await this.open();
    await this.end({ status: 'validated' });
    return txId;
  }

  /** The result's metadata: the subject, the record's ids, and what the caller adds. */
  metadata(detail: MetadataDetail | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const ids = this.action === 'invoke' ? { tx_id: this.tx, op_id: this.opIds.at(-1) } : { tx_id: this.tx };
    return callMetadata(detail, { ...this.subject, ...ids, ...extra });
  }

  private async open(more: Pick<TxStart, 'approval'> = {}): Promise<string> {
    this.tx = await this.services.audit.begin({
      tool: 'aws_execute',
      action: this.action,
      ...(this.ctx.sessionId ? { sessionId: this.ctx.sessionId } : {}),
      ...(this.parentTxId ? { parentTxId: this.parentTxId } : {}),
      principal: this.ctx.principalKey,
      ...(this.ctx.principal.clientId ? { clientId: this.ctx.principal.clientId } : {}),
      ...this.subject,
      policyHash: this.services.policy.hash,
      ...this.judged,
      ...more,
      request: this.request,
    });
    return this.tx;
  }

  /** The flushes under way, settled; rejects with the first that failed. */
  private async flushedSoFar(): Promise<void> {
    await this.writes;
    if (this.failure !== undefined) throw this.failure;
  }

  /** The completion, with the rows still held, in one commit: all of it is written or none. */
  private async end(end: TxEnd): Promise<void> {
    await this.writes; // flushes under way first: the record completes after its requests
    const ops = this.held.splice(0);
    try {
      await this.services.audit.complete(this.tx!, end, ops);
    } catch (e) {
      this.held.unshift(...ops); // nothing was written: a later completion (failed) takes them
      throw e;
    }
  }

  private async writeHeld(tx: string): Promise<void> {
    while (this.failure === undefined && this.held.length > 0) {
      await this.services.audit.op(tx, this.held[0]!);
      this.held.shift();
    }
  }
}

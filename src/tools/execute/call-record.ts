// The audit wrapper of one aws_execute call: it owns the call's record from the facts known
// before AWS to how the call ended, so no step builds an audit row. A call refused before AWS
// (invalid, denied, needs approval, declined) is still a call and gets a record; every request
// sent gets an op row, even those sent before the record began (the account lookup). The same
// facts (`CallSubject`) head the audit record and the result's metadata.

import type { ApprovalEvidence } from '../../approval/types.js';
import type { AuditStatus, TxEnd, TxStart } from '../../audit/types.js';
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
  readonly opIds: string[] = [];
  private tx: string | undefined;
  private readonly pending: RequestRecord[] = [];
  private judged: Pick<TxStart, 'risk' | 'decision'> = {};
  private userAgent: string | undefined;

  constructor(
    private readonly services: ToolServices,
    private readonly ctx: CallContext,
    private readonly action: 'invoke' | 'validate',
    private subject: CallSubject,
    /** The payload, already redacted (the audit store redacts again). */
    private readonly request: unknown,
  ) {}

  get txId(): string | undefined {
    return this.tx;
  }

  /** The account the call targets, once learned. */
  targets(account: string | undefined): void {
    if (account) this.subject = { ...this.subject, account };
  }

  /** The policy's answer: the risk of the call's own operation, and the call's decision. */
  decided(risk: Decision['risk'], decision: Decision): void {
    this.judged = { risk, decision: decisionView(decision) };
  }

  /** An AWS request sent for the call (its own, or the server's STS requests on its behalf). */
  readonly onRequest = (r: RequestRecord): void => {
    if (this.tx === undefined) this.pending.push(r);
    else this.opIds.push(this.services.audit.op(this.tx, opRecordOf(r, this.subject)));
  };

  /** sts:AssumeRole sent by the credential resolver for options.roleArn. */
  readonly onAssumeRole = (a: AssumeRoleRecord): void => this.onRequest(assumeRoleRequest(a));

  /** What the call step reports its requests to. */
  get listeners(): Pick<CallRecord, 'onRequest' | 'onAssumeRole'> {
    return { onRequest: this.onRequest, onAssumeRole: this.onAssumeRole };
  }

  /** Runs `fn`; a ToolError it throws (a refusal before AWS) is recorded, then rethrown. */
  async refusing<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isToolError(e)) this.refused(e);
      throw e;
    }
  }

  /** A call refused before AWS, now or later (a suspended question that expired). */
  readonly refused = (e: ToolError): void => {
    this.open();
    this.end({ status: REFUSAL_STATUS[e.code] ?? 'failed', errorCode: e.code, errorMessage: e.message });
  };

  /** The call is approved and goes to AWS; requests made so far are written under it. */
  begin(approval: ApprovalEvidence): string {
    return this.open({ approval: { ...approval } });
  }

  /** The User-Agent the call's requests carry (CloudTrail's way back to this record). */
  sentAs(userAgent: string): void {
    this.userAgent = userAgent;
  }

  /** The call's last request succeeded; `response` is what the record keeps of the output. */
  succeeded(last: InvokeOutcome, response: unknown): void {
    this.end({
      status: 'succeeded',
      userAgent: this.userAgent,
      httpStatus: last.httpStatus,
      ...(last.requestId ? { awsRequestId: last.requestId } : {}),
      response,
    });
  }

  failed(failure: CallFailure, shown: unknown): void {
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
    this.end({
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
  validated(): string {
    const txId = this.open();
    this.end({ status: 'validated' });
    return txId;
  }

  /** The result's metadata: the subject, the record's ids, and what the caller adds. */
  metadata(detail: MetadataDetail | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const ids = this.action === 'invoke' ? { tx_id: this.tx, op_id: this.opIds.at(-1) } : { tx_id: this.tx };
    return callMetadata(detail, { ...this.subject, ...ids, ...extra });
  }

  private open(more: Pick<TxStart, 'approval'> = {}): string {
    this.tx = this.services.audit.begin({
      tool: 'aws_execute',
      action: this.action,
      ...(this.ctx.sessionId ? { sessionId: this.ctx.sessionId } : {}),
      principal: this.ctx.principalKey,
      ...(this.ctx.principal.clientId ? { clientId: this.ctx.principal.clientId } : {}),
      ...this.subject,
      policyHash: this.services.policy.hash,
      ...this.judged,
      ...more,
      request: this.request,
    });
    for (const r of this.pending.splice(0)) this.onRequest(r);
    return this.tx;
  }

  private end(end: TxEnd): void {
    this.services.audit.complete(this.tx!, end);
  }
}

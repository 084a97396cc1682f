// The audit record of a script or a batch itself: what was asked (the script text redacted like a
// payload), how it ended, and its tx_id, which every inner call's record names as its parent.

import { principalKey } from '../../identity/principal.js';
import { isToolError } from '../../errors/tool-error.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import type { ApprovalEvidence } from '../../approval/types.js';

export interface ParentSubject {
  /** `script` or `batch`. */
  readonly action: 'script' | 'batch';
  readonly region: string;
  /** What is stored as the request (already redacted). */
  readonly request: unknown;
  readonly approval?: ApprovalEvidence;
}

export class ParentRecord {
  private constructor(
    private readonly services: ToolServices,
    readonly txId: string,
  ) {}

  /** Begins the record; a call whose record cannot be written does not run. */
  static async open(
    services: ToolServices,
    ctx: ToolCallContext,
    subject: ParentSubject,
  ): Promise<ParentRecord> {
    const txId = await services.audit.begin({
      tool: 'aws_execute',
      action: subject.action,
      ...(ctx.sessionId ? { sessionId: ctx.sessionId } : {}),
      principal: principalKey(ctx.principal),
      service: subject.action,
      operation: subject.action === 'script' ? 'Script' : 'Batch',
      region: subject.region,
      modelCommit: services.catalog.modelCommit,
      policyHash: services.policy.hash,
      ...(subject.approval ? { approval: { ...subject.approval } } : {}),
      request: subject.request,
    });
    return new ParentRecord(services, txId);
  }

  async succeeded(response: unknown): Promise<void> {
    await this.services.audit.complete(this.txId, { status: 'succeeded', response });
  }

  /** A validate of a script or batch: checked, nothing sent. */
  async validated(response: unknown): Promise<void> {
    await this.services.audit.complete(this.txId, { status: 'validated', response });
  }

  async failed(e: unknown): Promise<void> {
    const code = isToolError(e) ? e.code : 'Internal';
    await this.services.audit.complete(this.txId, {
      status: code === 'Cancelled' ? 'cancelled' : 'failed',
      errorCode: code,
      errorMessage: e instanceof Error ? e.message : String(e),
      ...(isToolError(e) && e.details ? { response: { details: e.details } } : {}),
    });
  }
}

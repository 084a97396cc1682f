// The audit record of a script or a batch itself: what was asked (the script text redacted like a
// payload), how it ended, and its tx_id, which every inner call's record names as its parent.

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
  readonly txId: string;

  constructor(
    private readonly services: ToolServices,
    ctx: ToolCallContext,
    subject: ParentSubject,
  ) {
    this.txId = services.audit.begin({
      tool: 'aws_execute',
      action: subject.action,
      ...(ctx.sessionId ? { sessionId: ctx.sessionId } : {}),
      service: subject.action,
      operation: subject.action === 'script' ? 'Script' : 'Batch',
      region: subject.region,
      modelCommit: services.catalog.modelCommit,
      policyHash: services.policy.hash,
      ...(subject.approval ? { approval: { ...subject.approval } } : {}),
      request: subject.request,
    });
  }

  succeeded(response: unknown): void {
    this.services.audit.complete(this.txId, { status: 'succeeded', response });
  }

  /** A validate of a script or batch: checked, nothing sent. */
  validated(response: unknown): void {
    this.services.audit.complete(this.txId, { status: 'validated', response });
  }

  failed(e: unknown): void {
    const code = isToolError(e) ? e.code : 'Internal';
    this.services.audit.complete(this.txId, {
      status: code === 'Cancelled' ? 'cancelled' : 'failed',
      errorCode: code,
      errorMessage: e instanceof Error ? e.message : String(e),
      ...(isToolError(e) && e.details ? { response: { details: e.details } } : {}),
    });
  }
}

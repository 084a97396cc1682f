// Four eyes: when the policy names `approval.approvers`, an out-of-band request is decided by a
// different person who is in one of those groups (HTTP `POST /approvals/<id>`), or by an operator
// at a terminal (`aws-tool-mcp approve`). The requester can never decide their own request. The
// call that asked waits a bounded time for the decision, reading the shared store (so a decision
// taken on another instance releases it), then answers as the decision says.

import { setTimeout as sleep } from 'node:timers/promises';
import { ToolError } from '../errors/tool-error.js';
import type { StoredApproval } from './token-store.js';
import type { ApprovalRequest, FourEyes } from './types.js';

/** How often a waiting call reads its request's state: a decision is seen within this. */
const POLL_MS = 250;
/** How often a waiting call tells the client it still waits (clients may reset their timeout on it). */
const PROGRESS_MS = 10_000;

/** Why a person may not decide a request, or undefined when they may. */
export type DecideRefusal = 'own-request' | 'not-an-approver' | 'terminal-only';

/** Whether the person (principalKey and groups) may approve or deny `approval`. */
export function refusalToDecide(
  approval: Pick<StoredApproval, 'fourEyes'>,
  person: { readonly key: string; readonly groups: readonly string[] },
): DecideRefusal | undefined {
  const fourEyes = approval.fourEyes;
  // Without approvers in the policy, only an operator at a terminal decides (as before four eyes).
  if (!fourEyes) return 'terminal-only';
  if (fourEyes.requestedBy === person.key) return 'own-request';
  return person.groups.some((g) => fourEyes.approvers.includes(g)) ? undefined : 'not-an-approver';
}

export interface WaitOptions {
  /** Epoch ms: stop waiting then (the earlier of the wait limit and the request's expiry). */
  readonly until: number;
  readonly signal?: AbortSignal;
  readonly now: () => number;
  /** Told when the wait starts and every PROGRESS_MS after: milliseconds waited and the limit. */
  readonly progress?: (waitedMs: number, totalMs: number) => void;
}

/** What the wait saw: the decided request, or why it stopped without a decision. */
export type WaitOutcome =
  | { readonly kind: 'decided'; readonly approval: StoredApproval }
  | { readonly kind: 'timeout' | 'aborted' | 'gone' };

/** Waits until a person decides the request, it disappears, time runs out, or the call is cancelled. */
export async function awaitDecision(
  get: (approvalId: string) => Promise<StoredApproval | undefined>,
  approvalId: string,
  options: WaitOptions,
): Promise<WaitOutcome> {
  const start = options.now();
  let told = start;
  options.progress?.(0, options.until - start);
  for (;;) {
    if (options.signal?.aborted) return { kind: 'aborted' };
    const approval = await get(approvalId);
    if (!approval) return { kind: 'gone' };
    if (approval.state !== 'pending') return { kind: 'decided', approval };
    const at = options.now();
    const left = options.until - at;
    if (left <= 0) return { kind: 'timeout' };
    if (at - told >= PROGRESS_MS) options.progress?.((told = at) - start, options.until - start);
    try {
      await sleep(Math.min(POLL_MS, left), undefined, options.signal ? { signal: options.signal } : {});
    } catch {
      return { kind: 'aborted' };
    }
  }
}

/** The refusal of a call whose approver said no; its details are what the audit records. */
export function deniedError(request: ApprovalRequest, approval: StoredApproval): ToolError {
  const name = `${request.service}:${request.operation}`;
  const by = approval.approvedBy ?? 'an approver';
  return new ToolError(
    'ApprovalDeclined',
    `${by} denied ${name} (request ${approval.approvalId}); nothing was run.`,
    {
      hint: 'Do not retry this request unless the approver or the user asks for it.',
      details: {
        approval: {
          method: 'out-of-band',
          approvalId: approval.approvalId,
          ...(approval.fourEyes ? { requestedBy: approval.fourEyes.requestedBy } : {}),
          requestedAt: new Date(approval.createdAt).toISOString(),
          deniedBy: by,
          ...(approval.approvedAt !== undefined
            ? { deniedAt: new Date(approval.approvedAt).toISOString() }
            : {}),
          ...(approval.decidedVia ? { deniedVia: approval.decidedVia } : {}),
        },
      },
    },
  );
}

/** The hint of a four-eyes ConfirmationRequired: who can approve, and where. */
export function fourEyesHint(fourEyes: FourEyes, approvalId: string): string {
  return (
    `A person in ${fourEyes.approvers.join(', ')} other than you must approve request ${approvalId} ` +
    `(GET /approvals, then POST /approvals/${approvalId} on this server, or \`aws-tool-mcp approve ${approvalId}\`). ` +
    'Once approved, invoke again with the same payload and options.confirmationToken.'
  );
}

// The one approval entry point the execute tool calls between decide() and invoke. It obtains a
// yes and nothing else: the policy is enforced before (a denied call never gets here, the type
// says so), and this returns evidence of how the call was approved, or throws the ToolError that
// tells the client what to do next (ConfirmationRequired, ApprovalDeclined, InvalidConfirmationToken).
// Nothing runs unless this returns.

import { createHash } from 'node:crypto';
import { ToolError } from '../errors/tool-error.js';
import { redact } from '../redaction/redact.js';
import { canonicalJson } from './canonical-json.js';
import { TOKEN_ERRORS, refusedError, unansweredError } from './approval-errors.js';
import { awaitDecision, deniedError, fourEyesHint } from './four-eyes.js';
import type { IssuedToken, IssueInput, RedeemBinding, RedeemResult, StoredApproval } from './token-store.js';
import type {
  ApprovalDecision,
  ApprovalEvidence,
  ApprovalMode,
  ApprovalPrompter,
  ApprovalRequest,
  ApprovalSummary,
  FourEyes,
} from './types.js';

/** What the flow needs of the token store (the state port; structural, approval/ is below it). */
export interface ApprovalTokenStore {
  issue(input: IssueInput): Promise<IssuedToken>;
  redeem(token: string, binding: RedeemBinding, now: number): Promise<RedeemResult>;
  get(approvalId: string): Promise<StoredApproval | undefined>;
}

export interface ObtainApprovalInput {
  readonly decision: ApprovalDecision;
  readonly request: ApprovalRequest;
  /** `store.payloadHash(payload)` of the exact payload that will be sent. */
  readonly payloadHash: string;
  /**
   * Who asked, as the transport identifies the caller (principal and session): a token redeems
   * only for the exact same value. Absent is a value of its own, not a wildcard.
   */
  readonly sessionId?: string;
  readonly confirmationToken?: string;
  /** Given only when the client declared the elicitation capability. */
  readonly prompter?: ApprovalPrompter;
  readonly mode: ApprovalMode;
  readonly ttlSeconds?: number;
  /** AWS_MCP_AUTO_APPROVE_DESTRUCTIVE: skip the human, recorded as `auto-approve`. */
  readonly autoApprove: boolean;
  readonly store: ApprovalTokenStore;
  /**
   * Told when a question suspended for the person's answer (MCP multi-round-trip) expires
   * unanswered, after this call has returned: the caller records it like any other refusal.
   */
  readonly onAbandoned?: (error: ToolError) => void;
  /**
   * Four eyes (out-of-band with `approvers`): stored with the request, and the call waits up to
   * `waitMs` for an approver's decision (0: answers ConfirmationRequired at once, as without).
   */
  readonly fourEyes?: FourEyes;
  readonly waitMs?: number;
  /** The tool call's cancellation: stops the wait. */
  readonly signal?: AbortSignal;
  /** Progress notifications while waiting (seconds waited, seconds at most, what for). */
  readonly progress?: (waited: number, total: number, message: string) => void;
  readonly now?: () => Date;
}

export async function obtainApproval(given: ObtainApprovalInput): Promise<ApprovalEvidence> {
  // The key parameters are stored (approvals table) and shown (prompt, ConfirmationRequired):
  // redacted here too, whatever the caller passed.
  const keyParameters = redact(given.request.keyParameters) as ApprovalRequest['keyParameters'];
  const input = { ...given, request: { ...given.request, keyParameters } };
  const now = input.now ?? (() => new Date());
  const { decision, request } = input;
  // Not a policy check (decide() refused denied calls already): a decision of another kind here
  // is a bug, and a bug must not end in asking a person to approve it.
  if (decision.effect !== 'allow' && decision.effect !== 'confirm') {
    throw new Error(`approval asked for a call decided ${String(decision.effect)}`);
  }
  if (decision.effect === 'allow') return { method: 'not-required', approvedAt: now().toISOString() };
  if (input.autoApprove) return { method: 'auto-approve', approvedAt: now().toISOString() };

  if (input.confirmationToken !== undefined) return redeem(input, now());

  if (input.mode === 'elicit-or-token' && input.prompter) {
    // Exceptions propagate: the MCP layer may throw to suspend the call until the person answers.
    const answer = await input.prompter.ask(summarize(input), {
      unanswered: () => input.onAbandoned?.(unansweredError(request)),
    });
    if (answer === 'approve') return { method: 'elicitation', approvedAt: now().toISOString() };
    throw refusedError(answer, request);
  }
  return issue(input, now());
}

function summarize(input: ObtainApprovalInput): ApprovalSummary {
  const { request, decision } = input;
  const where = [
    request.region && `region ${request.region}`,
    request.account && `account ${request.account}`,
  ]
    .filter(Boolean)
    .join(', ');
  const params =
    Object.keys(request.keyParameters).length > 0 ? ` ${JSON.stringify(request.keyParameters)}` : '';
  return {
    ...request,
    ...(decision.risk !== undefined ? { risk: decision.risk } : {}),
    reason: decision.reason,
    requestHash: requestHash(input),
    message: `Allow ${request.service}:${request.operation}${where ? ` in ${where}` : ''}${params}? ${decision.reason}.`,
  };
}

/** Identifies the exact request (binding + payload + session) so an answer cannot be replayed on another. */
function requestHash(input: ObtainApprovalInput): string {
  const r = input.request;
  return createHash('sha256')
    .update(
      canonicalJson([
        r.service,
        r.operation,
        r.region,
        r.account ?? '',
        input.payloadHash,
        input.sessionId ?? '',
      ]),
    )
    .digest('hex');
}

async function issue(input: ObtainApprovalInput, at: Date): Promise<ApprovalEvidence> {
  const { request } = input;
  const issued = await input.store.issue({
    request,
    payloadHash: input.payloadHash,
    ...(input.sessionId !== undefined ? { sessionId: input.sessionId } : {}),
    mode: input.mode,
    ttlSeconds: input.ttlSeconds ?? 3600,
    now: at.getTime(),
    ...(input.fourEyes ? { fourEyes: input.fourEyes } : {}),
  });
  if (waitsForApprover(input)) return settle(input, issued.token, issued.approvalId, issued.expiresAt);
  throw confirmationRequired(input, issued.token, issued.approvalId, issued.expiresAt, false);
}

function waitsForApprover(input: ObtainApprovalInput): boolean {
  return input.fourEyes !== undefined && input.mode === 'out-of-band' && (input.waitMs ?? 0) > 0;
}

/**
 * Waits (bounded) for an approver's decision, then redeems the token: approved runs, denied is
 * refused naming who denied; no decision in time answers ConfirmationRequired, to invoke again.
 */
async function settle(
  input: ObtainApprovalInput,
  token: string,
  approvalId: string,
  expiresAt: number,
): Promise<ApprovalEvidence> {
  const now = () => (input.now ?? (() => new Date()))().getTime();
  const outcome = await awaitDecision((id) => input.store.get(id), approvalId, {
    until: Math.min(expiresAt, now() + (input.waitMs ?? 0)),
    ...(input.signal ? { signal: input.signal } : {}),
    now,
    progress: (waited, total) => {
      const who = input.fourEyes?.approvers.join(', ') ?? 'an approver';
      input.progress?.(
        Math.round(waited / 1000),
        Math.round(total / 1000),
        `waiting for ${who} to decide request ${approvalId}`,
      );
    },
  });
  const { request } = input;
  if (outcome.kind === 'aborted') {
    throw new ToolError(
      'Cancelled',
      `The call was cancelled while waiting for approval of ${request.service}:${request.operation}; nothing was run.`,
    );
  }
  if (outcome.kind === 'timeout') throw confirmationRequired(input, token, approvalId, expiresAt, true);
  // Decided (or withdrawn, or expired): the redemption says which, without waiting again.
  return redeem({ ...input, confirmationToken: token, waitMs: 0 }, new Date(now()));
}

function confirmationRequired(
  input: ObtainApprovalInput,
  token: string,
  approvalId: string,
  expiresAt: number,
  waiting: boolean,
): ToolError {
  const { request, decision } = input;
  const outOfBand = input.mode === 'out-of-band';
  const name = `${request.service}:${request.operation}`;
  const message = waiting
    ? `${name} is waiting for a person to approve request ${approvalId}.`
    : `${name} needs a human approval: ${decision.reason}.`;
  const hint = input.fourEyes
    ? fourEyesHint(input.fourEyes, approvalId)
    : outOfBand
      ? `Ask the user to run \`aws-tool-mcp approve ${approvalId}\` in a terminal, then invoke again with the same payload and options.confirmationToken.`
      : 'Show this request to the user. Only if they approve, invoke again with the same payload and options.confirmationToken.';
  return new ToolError('ConfirmationRequired', message, {
    hint,
    details: {
      confirmationToken: token,
      approvalId,
      approvalMode: input.mode,
      ...(input.fourEyes ? { approvers: input.fourEyes.approvers } : {}),
      request: {
        service: request.service,
        operation: request.operation,
        region: request.region,
        ...(request.account !== undefined ? { account: request.account } : {}),
        keyParameters: request.keyParameters,
      },
      expiresAt: new Date(expiresAt).toISOString(),
    },
  });
}

async function redeem(input: ObtainApprovalInput, at: Date): Promise<ApprovalEvidence> {
  const { request } = input;
  const result = await input.store.redeem(
    input.confirmationToken!,
    {
      service: request.service,
      operation: request.operation,
      region: request.region,
      ...(request.account !== undefined ? { account: request.account } : {}),
      payloadHash: input.payloadHash,
      ...(input.sessionId !== undefined ? { sessionId: input.sessionId } : {}),
      requireOutOfBand: input.mode === 'out-of-band',
    },
    at.getTime(),
  );
  if (result.ok) {
    const a = result.approval;
    const outOfBand = a.state === 'approved';
    return {
      method: outOfBand ? 'out-of-band' : 'token',
      approvalId: a.approvalId,
      ...(a.fourEyes ? { requestedBy: a.fourEyes.requestedBy } : {}),
      requestedAt: new Date(a.createdAt).toISOString(),
      approvedAt: new Date(a.approvedAt ?? at.getTime()).toISOString(),
      ...(a.approvedBy !== undefined ? { approvedBy: a.approvedBy } : {}),
      ...(a.decidedVia !== undefined ? { approvedVia: a.decidedVia } : {}),
    };
  }
  if (result.reason === 'denied') throw deniedError(request, result.approval!);
  if (result.reason === 'pending' && waitsForApprover(input)) {
    const a = result.approval!;
    return settle(input, input.confirmationToken!, a.approvalId, a.expiresAt);
  }
  if (result.reason === 'pending') {
    throw confirmationRequired(
      input,
      input.confirmationToken!,
      result.approval!.approvalId,
      result.approval!.expiresAt,
      true,
    );
  }
  const [message, hint] = TOKEN_ERRORS[result.reason];
  throw new ToolError('InvalidConfirmationToken', message, { hint });
}

// Shapes shared by the approval flow: the request a human approves, the evidence of how approval
// was given (recorded in the audit trail), and the elicitation port the MCP layer implements.

/** How a person is asked (policy.yaml `approval.mode`); the policy loader accepts exactly these. */
export const APPROVAL_MODES = ['elicit-or-token', 'token', 'out-of-band'] as const;
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

/** How a call came to be approved. `not-required` when the policy allowed it outright. */
export type ApprovalMethod = 'not-required' | 'auto-approve' | 'elicitation' | 'token' | 'out-of-band';

/** What a human is asked to approve: bound exactly, together with the payload hash. */
export interface ApprovalRequest {
  readonly service: string;
  readonly operation: string;
  /** '' for calls without a region. */
  readonly region: string;
  readonly account?: string;
  /** A few identifying parameters (bucket, instance ids...), already redacted by the caller. */
  readonly keyParameters: Readonly<Record<string, unknown>>;
}

/** Where a person decided an out-of-band request: `POST /approvals/<id>` or `aws-tool-mcp approve`. */
export type DecidedVia = 'http' | 'cli';

export interface ApprovalEvidence {
  readonly method: ApprovalMethod;
  /** Id of the stored approval request (token and out-of-band flows). */
  readonly approvalId?: string;
  /** Four eyes: who asked (principalKey of identity/principal.ts). */
  readonly requestedBy?: string;
  readonly requestedAt?: string;
  readonly approvedAt: string;
  /**
   * For out-of-band approvals: who approved: the OS user name of `aws-tool-mcp approve`, or the
   * principalKey of the person who approved over HTTP.
   */
  readonly approvedBy?: string;
  readonly approvedVia?: DecidedVia;
}

/**
 * Four eyes (policy `approval.approvers`): who asked, and the groups whose members may decide.
 * Stored with the pending request, so any instance can check a decision against it.
 */
export interface FourEyes {
  /** principalKey of the requester: never allowed to decide their own request. */
  readonly requestedBy: string;
  /** The requester's name, email or subject, as an approver is shown it. */
  readonly requesterName: string;
  readonly approvers: readonly string[];
  /** The call's risk (shown to approvers). */
  readonly risk?: string;
}

/**
 * The subset of the policy's decision the approval flow needs (structural: approval/ is a leaf).
 * Never a deny: refusing is the policy's job, done before approval is asked.
 */
export interface ApprovalDecision {
  readonly effect: 'allow' | 'confirm';
  readonly reason: string;
  readonly rule?: string;
  readonly risk?: string;
  readonly requiredFor?: string;
}

/** What the person sees when asked. `message` is a ready-to-show sentence. */
export interface ApprovalSummary extends ApprovalRequest {
  readonly risk?: string;
  readonly reason: string;
  readonly message: string;
  /** sha256 binding service, operation, region, account, payload and session: one answer, one request. */
  readonly requestHash: string;
}

/**
 * `cancel` is the person dismissing the question; `timeout` means nobody answered in time and
 * `aborted` that the tool call itself was cancelled while the question was open.
 */
export type PromptAnswer = 'approve' | 'decline' | 'cancel' | 'timeout' | 'aborted';

/** How a prompter reports an outcome that happens after the call was suspended (see ask). */
export interface PromptHooks {
  /** The suspended question was never answered before it expired. */
  readonly unanswered: () => void;
}

/**
 * The elicitation port. The MCP layer implements it with the client's elicitation capability
 * (a yes/no form showing `summary.message`) and passes it only when the client declared that
 * capability; without it the token flow applies. Exceptions propagate to the caller unchanged, so
 * an implementation may throw to suspend the call (MCP multi-round-trip) and re-enter it later;
 * a suspended question that is never answered is reported through `hooks.unanswered`.
 */
export interface ApprovalPrompter {
  ask(summary: ApprovalSummary, hooks: PromptHooks): Promise<PromptAnswer>;
}

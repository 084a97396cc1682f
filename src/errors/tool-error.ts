// The one error family users see. Every layer throws ToolError for problems the caller can fix;
// mcp/ maps it to an `isError` tool result in exactly one place. Anything else is a bug and is
// reported as `Internal` without details.

/** Every code a caller can see, in one list so schemas and tests can enumerate them. */
export const TOOL_ERROR_CODES = [
  'UnknownService',
  'UnknownOperation',
  'InvalidInput',
  'ValidationError',
  'PolicyDenied',
  'ConfirmationRequired',
  'ApprovalDeclined',
  'ApprovalTimeout',
  'Cancelled',
  'InvalidConfirmationToken',
  'InvalidRegion',
  'CredentialsError',
  'AwsError',
  'NetworkError',
  'Timeout',
  'WaiterTimeout',
  'Unsupported',
  'PayloadTooLarge',
  'AuditUnavailable',
  /** The shared state store (PostgreSQL, or the SQLite file) cannot be reached; nothing ran. */
  'StateUnavailable',
  'ModelUnavailable',
  /** The models are still syncing (first start); `details.retryAfterSeconds` says when to retry. */
  'ModelsSyncing',
  /**
   * A script (`action: "script"`) stopped: `details.reason` is one of timeout, memory, stack,
   * calls, output, syntax, error; `details.line`/`column` where known.
   */
  'ScriptFailed',
  /** The caller's identity matches no `identities:` rule of the policy: nothing is allowed for it. */
  'Forbidden',
  /** Over the person's rate limit; `details.retryAfterSeconds` says when to retry. Nothing was sent. */
  'RateLimited',
  'Internal',
] as const;

export type ToolErrorCode = (typeof TOOL_ERROR_CODES)[number];

export interface ToolErrorBody {
  readonly code: ToolErrorCode;
  readonly message: string;
  readonly hint?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export class ToolError extends Error {
  readonly code: ToolErrorCode;
  readonly hint?: string;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(
    code: ToolErrorCode,
    message: string,
    opts: { hint?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'ToolError';
    this.code = code;
    this.hint = opts.hint;
    this.details = opts.details;
  }

  toBody(): ToolErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint !== undefined ? { hint: this.hint } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
    };
  }
}

export function isToolError(e: unknown): e is ToolError {
  return e instanceof ToolError;
}

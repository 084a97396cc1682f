// How a call that began at AWS failed, as one value from where it happens to the edge: the AWS
// error (the failed outcome the executor returned), a ToolError raised on the way (a request the
// gate stopped, a waiter that timed out), a cancellation, or a bug. The audit record is written
// from this value, and `shownError` turns it into what the agent sees, once.

import { isToolError, ToolError, type ToolErrorBody } from '../../errors/tool-error.js';
import type { InvokeFailure } from '../../execution/types.js';
import { awsErrorBody, bodyWithoutEchoes, toolErrorOf, withoutEchoes } from './aws-error.js';
import { AwsCallFailed } from './run-call.js';
import type { ResolvedCall } from './steps/resolve.js';

export type CallFailure =
  | { readonly kind: 'aws'; readonly outcome: InvokeFailure }
  | { readonly kind: 'tool'; readonly error: ToolError }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'internal'; readonly error: unknown };

/** Classifies what a call threw; a cancelled call is cancelled whatever ended it. */
export function callFailure(e: unknown, signal: AbortSignal | undefined): CallFailure {
  if (signal?.aborted) return { kind: 'cancelled' };
  if (e instanceof AwsCallFailed) return { kind: 'aws', outcome: e.outcome };
  if (isToolError(e)) return { kind: 'tool', error: e };
  return { kind: 'internal', error: e };
}

export interface ShownErrorContext {
  /** The profile the credentials came from, named in hints about them. */
  readonly profile?: string | undefined;
  /** Secrets of the request AWS may echo (redaction/echoes.ts): hidden from what is shown. */
  readonly secrets: readonly string[];
  /** The call's result metadata, given what the failure adds (attempts, status...). */
  readonly metadata: (extra: Record<string, unknown>) => Record<string, unknown>;
}

/** What the agent sees: a ToolError carrying the call's metadata, or a bug's scrubbed Error. */
export function shownError(failure: CallFailure, call: ResolvedCall, ctx: ShownErrorContext): unknown {
  const name = `${call.service.id}:${call.operation.name}`;
  switch (failure.kind) {
    case 'cancelled':
      return new ToolError('Timeout', `The call to ${name} was cancelled.`);
    case 'internal':
      return withoutEchoes(failure.error, ctx.secrets);
    case 'tool':
      return withMetadata(failure.error.toBody(), ctx, {});
    case 'aws': {
      const { outcome } = failure;
      const body = awsErrorBody(call.service, call.operation, outcome.error, ctx.profile);
      const { attempts, durationMs, httpStatus } = outcome;
      return withMetadata(body, ctx, { attempts, durationMs, httpStatus });
    }
  }
}

function withMetadata(
  body: ToolErrorBody,
  ctx: ShownErrorContext,
  extra: Record<string, unknown>,
): ToolError {
  const shown = bodyWithoutEchoes(body, ctx.secrets);
  return toolErrorOf({ ...shown, details: { ...shown.details, metadata: ctx.metadata(extra) } });
}

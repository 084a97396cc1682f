// Step 6, shape: what the agent gets back from what AWS answered (redacted, limited, queried, cut
// to size: execution/shaping), what the audit record keeps of it, and the call's figures for the
// result's metadata.

import type { ApprovalEvidence } from '../../../approval/types.js';
import { shapeOutput } from '../../../execution/shaping/shape-output.js';
import { redact } from '../../../redaction/redact.js';
import type { ExecuteOptions } from '../../execute-input.js';
import type { ToolServices } from '../../services.js';
import type { RunResult } from '../run-call.js';
import type { ResolvedCall } from './resolve.js';

export interface ShapedCall {
  /** The result's fields other than metadata: result, limited, truncated, nextToken, wait. */
  readonly fields: Record<string, unknown>;
  /** What the audit record keeps of the output. */
  readonly response: unknown;
}

export function shapeRun(
  services: ToolServices,
  call: ResolvedCall,
  options: ExecuteOptions,
  run: RunResult,
): ShapedCall {
  const reveal = services.policy.output.revealSensitive;
  const shaped = run.dryRun
    ? { result: run.dryRun }
    : shapeOutput({
        model: call.model,
        op: call.op,
        output: run.output,
        query: options.query,
        maxItems: options.maxItems,
        maxCharacters: services.settings.maxOutputCharacters,
        reveal,
      });
  return {
    fields: {
      result: shaped.result ?? null,
      ...('limited' in shaped && shaped.limited ? { limited: shaped.limited } : {}),
      ...('truncated' in shaped && shaped.truncated ? { truncated: shaped.truncated } : {}),
      ...(run.nextToken !== undefined ? { nextToken: run.nextToken } : {}),
      ...(run.wait ? { wait: run.wait } : {}),
    },
    // Revealed to the agent, but never stored in the clear.
    response: reveal
      ? redact(run.output, { model: call.model, shapeId: call.model.outputOf(call.op) })
      : shaped.result,
  };
}

/** The call's figures, for `options.metadata: "full"` (the short form keeps the approval used). */
export function runMetadata(
  run: RunResult,
  opIds: readonly string[],
  approval: ApprovalEvidence,
): Record<string, unknown> {
  const last = run.last;
  return {
    ...(opIds.length > 1 ? { op_ids: [...opIds] } : {}),
    requestId: last.requestId,
    httpStatus: last.httpStatus,
    attempts: last.attempts,
    requests: run.requests,
    ...(run.pages !== undefined ? { pages: run.pages } : {}),
    durationMs: last.durationMs,
    approval: approval.method,
  };
}

// How a failing store reaches a caller: ToolError 'StateUnavailable', never a raw driver error and
// never a silent success. ToolErrors (the audit trail's AuditUnavailable) pass through unchanged.

import { isToolError, ToolError } from '../errors/tool-error.js';
import type { Logger } from '../logging/logger.js';

export function stateUnavailable(what: string, cause: unknown, logger?: Logger): ToolError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  logger?.error('state store failed', { step: what, error: reason });
  return new ToolError('StateUnavailable', 'The shared state store could not be used, so nothing was run.', {
    hint: 'Retry shortly; if it persists, check AWS_MCP_DATABASE_URL (or AUDIT_DB_PATH) and that the database is up.',
    details: { step: what },
  });
}

/** Runs one store operation, mapping any failure that is not already a ToolError. */
export async function guarded<T>(what: string, run: () => T | Promise<T>, logger?: Logger): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isToolError(e)) throw e;
    throw stateUnavailable(what, e, logger);
  }
}

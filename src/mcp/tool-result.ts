// The one boundary where domain outcomes become MCP tool results: structured content mirrored as
// text, ToolError as an `isError` result with a stable code, anything else as an opaque Internal
// error (logged with details, shown without them).

import type { CallToolResult } from '@modelcontextprotocol/server';
import { isToolError, type ToolErrorBody } from '../errors/tool-error.js';
import type { Logger } from '../logging/logger.js';

export function successResult(structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
}

export function errorResult(error: ToolErrorBody, metadata?: Record<string, unknown>): CallToolResult {
  const structured = { error, ...(metadata ? { metadata } : {}) };
  return {
    isError: true,
    content: [{ type: 'text', text: JSON.stringify(structured) }],
    structuredContent: structured,
  };
}

export function failureResult(
  e: unknown,
  logger: Logger,
  tool: string,
  metadata?: Record<string, unknown>,
): CallToolResult {
  if (isToolError(e)) return errorResult(e.toBody(), metadata);
  const incident = Math.random().toString(36).slice(2, 10);
  logger.error('internal error in tool', {
    tool,
    incident,
    error: e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : String(e),
  });
  return errorResult(
    {
      code: 'Internal',
      message: `The server hit an internal error (incident ${incident}).`,
      hint: 'This is a bug in aws-tool-mcp, not in your request. The server log (stderr) has the details.',
    },
    metadata,
  );
}

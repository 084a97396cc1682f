// Builds the McpServer from the tool definitions: one registration per tool, errors mapped at one
// boundary (tool-result.ts), approvals asked through the client's elicitation (approval-port.ts).
// A factory, because the SDK pins one instance per connection (stdio) or per request (HTTP).

import { McpServer, type CallToolResult, type ServerContext } from '@modelcontextprotocol/server';
import type { Logger } from '../logging/logger.js';
import type { ToolCallContext, ToolDefinition, ToolNaming } from '../tools/tool-definition.js';
import { createApprovalPort, InputRequiredSignal, type ApprovalNonces } from './approval-port.js';
import { serverInstructions } from './instructions.js';
import { advertisedSchema, parseArguments } from './input-schema.js';
import { advertisedOutputSchema } from './output-schema.js';
import { failureResult, successResult } from './tool-result.js';

export interface ServerIdentity {
  readonly name: string;
  readonly version: string;
  readonly modelCommit: string;
}

export interface McpServerDeps {
  readonly tools: readonly ToolDefinition[];
  readonly naming: ToolNaming;
  readonly identity: ServerIdentity;
  readonly logger: Logger;
  /** Shared across server instances so an approval answer can be redeemed only once. */
  readonly approvalNonces: ApprovalNonces;
}

function progressReporter(ctx: ServerContext): ToolCallContext['progress'] {
  const token = ctx.mcpReq._meta?.progressToken;
  if (token === undefined) return async () => undefined;
  return async (progress, total, message) => {
    await ctx.mcpReq.notify({
      method: 'notifications/progress',
      params: { progressToken: token, progress, ...(total !== undefined ? { total } : {}), message },
    });
  };
}

export function createMcpServerFactory(deps: McpServerDeps): () => McpServer {
  const { identity, logger } = deps;
  return () => {
    const server = new McpServer(
      {
        name: identity.name,
        version: identity.version,
        title: 'AWS operations (model-driven)',
        description: `Smithy models at commit ${identity.modelCommit}`,
      },
      { capabilities: { tools: {} }, instructions: serverInstructions(deps.naming, deps.tools) },
    );
    for (const tool of deps.tools) {
      const name = tool.names[deps.naming];
      server.registerTool(
        name,
        {
          title: tool.title,
          description: tool.description,
          inputSchema: advertisedSchema(tool.inputSchema),
          outputSchema: advertisedOutputSchema(tool.outputSchema),
          annotations: tool.annotations,
        },
        async (input: unknown, ctx: ServerContext): Promise<CallToolResult> => {
          const callCtx: ToolCallContext = {
            sessionId: ctx.sessionId,
            signal: ctx.mcpReq.signal,
            progress: progressReporter(ctx),
            approval: createApprovalPort(server, ctx, deps.approvalNonces),
          };
          try {
            return successResult(await tool.run(parseArguments(tool.inputSchema, name, input), callCtx));
          } catch (e) {
            if (e instanceof InputRequiredSignal) return e.result as unknown as CallToolResult;
            return failureResult(e, logger, name, { modelCommit: identity.modelCommit });
          }
        },
      );
    }
    return server;
  };
}

// Builds the McpServer from the tool definitions: one registration per tool, errors mapped at one
// boundary (tool-result.ts), approvals asked through the client's elicitation (approval-port.ts).
// A factory, because the SDK pins one instance per connection (stdio, 2025-era HTTP session) or
// per request (2026-07-28 HTTP); the instance learns its era from the SDK's factory context.

import { principalOf } from '../auth/principal-of.js';
import { localPrincipal, principalKey } from '../identity/principal.js';
import {
  CLIENT_INFO_META_KEY,
  McpServer,
  type CallToolResult,
  type McpRequestContext,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { Logger } from '../logging/logger.js';
import { telemetry } from '../telemetry/telemetry.js';
import type { ToolCallContext, ToolDefinition, ToolNaming } from '../tools/tool-definition.js';
import { createApprovalPort, InputRequiredSignal, type ApprovalNonces } from './approval-port.js';
import { callerKey, callerOf } from './caller-key.js';
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

/**
 * The client's name and version: per request on the 2026-07-28 protocol (the `_meta` envelope),
 * from `initialize` on 2025-era connections. Named in the User-Agent of the AWS calls it asks for.
 */
function clientOf(server: McpServer, ctx: ServerContext): ToolCallContext['client'] {
  const envelope = ctx.mcpReq.envelope as Readonly<Record<string, unknown>> | undefined;
  const info = (envelope?.[CLIENT_INFO_META_KEY] ?? server.server.getClientVersion()) as
    { name?: unknown; version?: unknown } | undefined;
  if (typeof info?.name !== 'string' || info.name === '') return undefined;
  return { name: info.name, ...(typeof info.version === 'string' ? { version: info.version } : {}) };
}

/** Builds instances for one transport; the SDK calls the result with its factory context. */
export type TransportServerFactory = (
  transport: 'stdio' | 'http',
) => (context?: McpRequestContext) => McpServer;

export function createMcpServerFactory(deps: McpServerDeps): TransportServerFactory {
  const { identity, logger } = deps;
  // Built once: the 2026-07-28 era makes a server per HTTP request, and converting every tool's
  // zod schemas to JSON Schema for each of them took over a tenth of an instance's CPU under load.
  const instructions = serverInstructions(deps.naming, deps.tools);
  const registrations = deps.tools.map((tool) => ({
    tool,
    name: tool.names[deps.naming],
    config: {
      title: tool.title,
      description: tool.description,
      inputSchema: advertisedSchema(tool.inputSchema),
      outputSchema: advertisedOutputSchema(tool.outputSchema),
      annotations: tool.annotations,
    },
  }));
  return (transport) => (context) => {
    const era = context?.era ?? 'modern';
    const server = new McpServer(
      {
        name: identity.name,
        version: identity.version,
        title: 'AWS operations (model-driven)',
        description: `Smithy models at commit ${identity.modelCommit}`,
      },
      { capabilities: { tools: {} }, instructions },
    );
    for (const { tool, name, config } of registrations) {
      server.registerTool(
        name,
        config,
        async (input: unknown, ctx: ServerContext): Promise<CallToolResult> => {
          // The verified person on authenticated HTTP; the OS user on stdio and unauthenticated HTTP.
          const principal = principalOf(ctx.http?.authInfo) ?? localPrincipal();
          const callCtx: ToolCallContext = {
            principal,
            sessionId: callerKey(callerOf(transport, ctx.sessionId, principal)),
            signal: ctx.mcpReq.signal,
            progress: progressReporter(ctx),
            approval: createApprovalPort(server, ctx, { nonces: deps.approvalNonces, era }),
            client: clientOf(server, ctx),
          };
          const traced = {
            tool: name,
            principal: principalKey(callCtx.principal),
            input,
            meta: ctx.mcpReq._meta,
          };
          return telemetry().toolCall(traced, async () => {
            try {
              return successResult(await tool.run(parseArguments(tool.inputSchema, name, input), callCtx));
            } catch (e) {
              if (e instanceof InputRequiredSignal) return e.result as unknown as CallToolResult;
              return failureResult(e, logger, name, { modelCommit: identity.modelCommit });
            }
          });
        },
      );
    }
    return server;
  };
}

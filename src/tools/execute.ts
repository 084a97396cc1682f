// aws_execute: one tool, two actions. `validate` checks payload and policy without touching AWS;
// `invoke` sends the real, signed request once policy (and, where required, a human) allows it.

import { z } from 'zod';
import type { ToolDefinition } from './tool-definition.js';
import type { ToolServices } from './services.js';
import { executeInput } from './execute-input.js';

const output = z
  .object({
    valid: z.boolean().optional(),
    errors: z.array(z.record(z.string(), z.unknown())).optional(),
    decision: z.object({ effect: z.string(), rule: z.string().optional(), reason: z.string() }).optional(),
    risk: z.string().optional(),
    payload: z.record(z.string(), z.unknown()).optional(),
    result: z.unknown().optional(),
    truncated: z.record(z.string(), z.unknown()).optional(),
    nextToken: z.unknown().optional(),
    metadata: z.object({ modelCommit: z.string() }).loose(),
  })
  .loose();

export function executeTool(services: ToolServices): ToolDefinition<typeof executeInput> {
  return {
    names: { underscore: 'aws_execute', dotted: 'aws.execute' },
    title: 'Validate or invoke an AWS operation',
    description:
      'action "validate": check payload and policy, no AWS call. action "invoke": run it (policy and approval enforced).',
    inputSchema: executeInput,
    outputSchema: output,
    // In read-only mode the policy refuses every call that is not a read, so hosts that
    // auto-approve read-only tools may: the hint follows the policy file's mode (read before the
    // models load, so tools/list never waits for them).
    annotations:
      services.settings.policyMode === 'read-only'
        ? { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: true }
        : { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    // Loaded on first use: the AWS wire stack and ajv would otherwise double the warm start time.
    run: async (args, ctx) => {
      if (args.action === 'validate') {
        return (await import('./execute/validate.js')).validate(services, args, ctx.sessionId);
      }
      return (await import('./execute/invoke.js')).invoke(services, args, ctx);
    },
  };
}

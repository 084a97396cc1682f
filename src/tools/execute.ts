// aws_execute: one tool, three actions. `validate` checks payload and policy without touching AWS;
// `invoke` sends the real, signed request once policy (and, where required, a human) allows it;
// `script` runs the model's JavaScript in a sandbox whose every AWS call is such an invoke. Both
// validate and invoke also take a batch (`calls`) or one call in several regions (`regions`).

import { z } from 'zod';
import type { ToolDefinition } from './tool-definition.js';
import type { ToolServices } from './services.js';
import { forPrincipal } from './principal-services.js';
import { executeToolInput } from './execute-input.js';

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
    /** tx_id (and an approval used); all call details with options.metadata "full". */
    metadata: z.object({ tx_id: z.string() }).loose(),
  })
  .loose();

export function executeTool(services: ToolServices): ToolDefinition<typeof executeToolInput> {
  return {
    names: { underscore: 'aws_execute', dotted: 'aws.execute' },
    title: 'Validate or invoke an AWS operation',
    description: 'invoke: validate, check policy and approval, call AWS. validate: the checks only.',
    inputSchema: executeToolInput,
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
      // The person's policy everywhere below (Forbidden when no identity rule admits them).
      const scoped = forPrincipal(services, ctx.principal);
      return (await import('./many/dispatch.js')).runExecute(scoped, args, ctx);
    },
  };
}

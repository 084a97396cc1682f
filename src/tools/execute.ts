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

/** The policy's mode once the models and policy are open; undefined while they load. */
function policyModeIfLoaded(services: ToolServices): string | undefined {
  try {
    return services.policy.mode;
  } catch {
    return undefined;
  }
}

export function executeTool(services: ToolServices): ToolDefinition<typeof executeInput> {
  return {
    names: { underscore: 'aws_execute', dotted: 'aws.execute' },
    title: 'Validate or invoke an AWS operation',
    description:
      'action "validate": check payload and policy, no AWS call. action "invoke": run it (policy and approval enforced).',
    inputSchema: executeInput,
    outputSchema: output,
    // In read-only mode the policy refuses every call that is not a read, so hosts that
    // auto-approve read-only tools may. Read when tools/list is built, which is before the
    // policy loads (warm start): without POLICY_PATH the mode is known to be read-only; with a
    // policy file not yet loaded, the hint stays on the safe side (may write).
    get annotations() {
      return services.settings.readOnlyWithoutPolicy || policyModeIfLoaded(services) === 'read-only'
        ? { readOnlyHint: true, destructiveHint: false, idempotentHint: false, openWorldHint: true }
        : { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };
    },
    // Loaded on first use: the AWS wire stack and ajv would otherwise double the warm start time.
    run: async (args, ctx) => {
      if (args.action === 'validate') {
        return (await import('./execute/validate.js')).validate(services, args, ctx.sessionId);
      }
      return (await import('./execute/invoke.js')).invoke(services, args, ctx);
    },
  };
}

// Which form of aws_execute a request is: a script, a batch (`calls` or `regions`), or one call
// (the invoke and validate pipelines, unchanged). Each form's fields are checked here.

import { ToolError } from '../../errors/tool-error.js';
import { manyFields, type ExecuteInput, type ExecuteToolInput, type ManyInput } from '../execute-input.js';
import { rateLimiterOf } from '../principal-services.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import type * as InvokeModule from '../execute/invoke.js';

export async function runExecute(
  services: ToolServices,
  given: ExecuteToolInput,
  ctx: ToolCallContext,
): Promise<Record<string, unknown>> {
  const args = checkedMany(given);
  if (args.action === 'script') return (await import('./script-action.js')).scriptAction(services, args, ctx);
  if (args.script !== undefined) {
    if (args.action === 'validate') {
      return (await import('./script-validate.js')).validateScript(
        services,
        { ...args, script: args.script },
        ctx,
      );
    }
    throw misplaced('script', 'a script runs with action "script".');
  }
  if (args.approve !== undefined) throw misplaced('approve', 'approve goes with action "script".');
  if (args.calls !== undefined || args.regions !== undefined) {
    return (await import('./batch.js')).batchAction(services, args, ctx);
  }
  const single = singleCall(args);
  if (single.action === 'validate')
    return (await import('../execute/validate.js')).validate(services, single, ctx);
  const { invoke } = await (invokeModule ??= import('../execute/invoke.js'));
  return counted(services, ctx, () => invoke(services, single, ctx));
}

/** Loaded on the first invoke, then reused: import() resolves the module again on every call. */
let invokeModule: Promise<typeof InvokeModule> | undefined;

/** One AWS call counted against the person's rate limit (every inner call of a script or batch too). */
export async function counted<T>(
  services: ToolServices,
  ctx: ToolCallContext,
  run: () => Promise<T>,
): Promise<T> {
  const leave = await rateLimiterOf(services).enter(ctx.principal, services.policy.rateLimits);
  try {
    return await run();
  } finally {
    await leave();
  }
}

/** `calls`, `regions` and `approve` checked strictly: each issue named with its path. */
function checkedMany(args: ExecuteToolInput): ManyInput {
  const parsed = manyFields.safeParse({ calls: args.calls, regions: args.regions, approve: args.approve });
  const { calls: _c, regions: _r, approve: _a, ...rest } = args;
  if (parsed.success) return { ...rest, ...parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new ToolError(
    'InvalidInput',
    `Invalid aws_execute arguments: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    {
      hint: 'calls: [{ service, operation, payload, region?, options? }]; regions: ["us-east-1", ...] or "*"; approve: [{ service, operation }].',
      details: { issues },
    },
  );
}

function singleCall(args: ManyInput): ExecuteInput & { action: 'validate' | 'invoke' } {
  const { service, operation, action } = args;
  if (service === undefined || operation === undefined || action === 'script') {
    throw new ToolError('InvalidInput', 'aws_execute needs service and operation (or calls, or a script).', {
      details: { field: service === undefined ? 'service' : 'operation' },
    });
  }
  const { calls: _c, regions: _r, script: _s, approve: _a, ...rest } = args;
  return { ...rest, service, operation, action };
}

function misplaced(field: string, why: string): ToolError {
  return new ToolError('InvalidInput', `Unexpected ${field}: ${why}`, { details: { field } });
}

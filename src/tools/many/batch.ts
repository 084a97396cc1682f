// aws_execute with `calls` (a batch) or `regions` (one call in several regions): every call checked
// first, the ones needing a human yes approved together in one prompt or one token bound to exactly
// that set, then run with a bounded concurrency through the invoke pipeline, each with its own
// tx_id under the batch's. Results keep the calls' order (or are keyed by region); one failure does
// not hide the others; the whole answer stays within MAX_OUTPUT_CHARACTERS.

import pLimit from 'p-limit';
import { isToolError, ToolError } from '../../errors/tool-error.js';
import type { BatchCall, ManyInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import { keyParameters } from '../execute/key-parameters.js';
import { approvalKey, approveTogether } from './approve-together.js';
import { batchBinding, checkCall, checkView, runnable, type CheckedCall } from './batch-check.js';
import { byRegion } from './by-region.js';
import { fitWhole } from './fit-output.js';
import { invokeInner, type InnerScope } from './inner-call.js';
import { ParentRecord } from './parent-record.js';
import { allowedRegions } from './regions.js';

const CONCURRENCY = 8;

export async function batchAction(
  services: ToolServices,
  args: ManyInput,
  toolCtx: ToolCallContext,
): Promise<Record<string, unknown>> {
  const region = args.region ?? services.settings.defaultRegion;
  const record = await ParentRecord.open(services, toolCtx, {
    action: 'batch',
    region,
    request: requestOf(args),
  });
  const scope: InnerScope = { services, toolCtx, parentTxId: record.txId, approved: new Map() };
  try {
    const calls = await expand(scope, args);
    const checked = await Promise.all(calls.map((c) => checkCall(services, c)));
    if (args.action === 'validate') {
      const views = checked.map(checkView);
      const result = { valid: checked.every(runnable), calls: views };
      await record.validated(result);
      return { ...result, metadata: { tx_id: record.txId } };
    }
    requireAllRunnable(checked);
    const results = await runChecked(scope, checked, args);
    const shown = fitWhole(results, services.settings.maxOutputCharacters);
    const names = calls.map((c) => c.region!);
    const keyed =
      args.regions !== undefined ? byRegion(names, shown, args.options?.metadata) : { results: shown };
    await record.succeeded({ calls: results.length, failed: results.filter((r) => 'error' in r).length });
    // With "*" the model did not name the regions: say which ran.
    return {
      ...keyed,
      metadata: { tx_id: record.txId, ...(args.regions === '*' ? { regions: names } : {}) },
    };
  } catch (e) {
    await record.failed(e);
    throw e;
  }
}

/** `calls` as given, or the single call once per region of `regions`. */
async function expand(scope: InnerScope, args: ManyInput): Promise<BatchCall[]> {
  const max = scope.services.settings.maxBatchCalls ?? 50;
  let calls: BatchCall[];
  if (args.calls !== undefined) {
    if (args.regions !== undefined || args.service !== undefined) throw mixed();
    calls = args.calls.map((c) => ({ ...c, region: c.region ?? args.region }));
  } else {
    if (args.service === undefined || args.operation === undefined) throw mixed();
    const { service, operation, payload } = args;
    // The token (if any) is the whole fan-out's, redeemed once for the set: not each call's.
    const { confirmationToken: _token, ...options } = args.options ?? {};
    const regions =
      args.regions === '*' ? await allowedRegions(scope, scope.toolCtx.signal) : (args.regions ?? []);
    calls = [...new Set(regions)].map((region) => ({ service, operation, payload, options, region }));
  }
  if (calls.length > max) {
    throw new ToolError(
      'InvalidInput',
      `A batch holds at most ${max} calls (this one has ${calls.length}).`,
      {
        hint: 'Split it, or use action "script" for many calls.',
        details: { field: args.calls ? 'calls' : 'regions', limit: max },
      },
    );
  }
  return calls;
}

function mixed(): ToolError {
  return new ToolError('InvalidInput', 'Give either `calls`, or service and operation with `regions`.', {
    details: { field: 'calls' },
  });
}

function requireAllRunnable(checked: readonly CheckedCall[]): void {
  if (checked.every(runnable)) return;
  const denied = checked.some((c) => c.decision?.effect === 'deny');
  throw new ToolError(
    denied ? 'PolicyDenied' : 'ValidationError',
    'The batch was not run: fix or remove the calls listed in details.calls (nothing was sent).',
    { details: { calls: checked.flatMap((c, index) => (runnable(c) ? [] : [{ index, ...checkView(c) }])) } },
  );
}

async function runChecked(
  scope: InnerScope,
  checked: readonly CheckedCall[],
  args: ManyInput,
): Promise<Record<string, unknown>[]> {
  const confirm = checked.filter((c) => c.decision?.effect === 'confirm');
  const evidence = await approveTogether(scope.services, scope.toolCtx, {
    action: 'batch',
    region: args.region ?? scope.services.settings.defaultRegion,
    items: confirm.map((c) => ({
      service: c.resolved!.service.id,
      operation: c.resolved!.operation.name,
      region: c.resolved!.region,
      risk: c.decision!.risk,
      keyParameters: keyParameters(c.resolved!.model, c.resolved!.op, c.validated!),
    })),
    binding: batchBinding(checked),
    ...(args.options?.confirmationToken ? { confirmationToken: args.options.confirmationToken } : {}),
  });
  const slots = pLimit(
    Math.min(CONCURRENCY, scope.services.policy.rateLimits?.concurrentCalls ?? CONCURRENCY),
  );
  return Promise.all(
    checked.map((c) =>
      slots(async () => {
        const key = approvalKey(c.resolved!.service.id, c.resolved!.operation.name);
        const approved =
          evidence && c.decision?.effect === 'confirm' ? new Map([[key, evidence]]) : new Map();
        try {
          const fields = await invokeInner({ ...scope, approved }, c.call);
          return fields;
        } catch (e) {
          if (!isToolError(e)) throw e;
          return { error: e.toBody() };
        }
      }),
    ),
  );
}

function requestOf(args: ManyInput): unknown {
  return args.calls !== undefined
    ? { calls: args.calls.map((c) => ({ service: c.service, operation: c.operation, region: c.region })) }
    : { service: args.service, operation: args.operation, regions: args.regions };
}

// aws_execute action "script": the model's JavaScript runs in the sandbox (sandbox/), and each
// aws.call it makes is one inner call through the invoke pipeline (inner-call.ts). Approval for
// declared operations is asked once, before the script starts; the script, its result and each
// inner call are in the audit trail, linked by the script's tx_id.

import { ToolError } from '../../errors/tool-error.js';
import { parseScript } from '../../sandbox/parse-script.js';
import { runScript } from '../../sandbox/run-script.js';
import type { InnerCall, ScriptHost } from '../../sandbox/types.js';
import type { ManyInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import { approveDeclared } from './approve-together.js';
import { callFromScript, invokeInner, type InnerScope } from './inner-call.js';
import { ParentRecord } from './parent-record.js';
import { allowedRegions } from './regions.js';
import { redactedScript } from './script-text.js';

export async function scriptAction(
  services: ToolServices,
  args: ManyInput,
  toolCtx: ToolCallContext,
): Promise<Record<string, unknown>> {
  const source = requireScript(args);
  parseScript(source); // a syntax error is reported before anyone is asked anything
  const region = args.region ?? services.settings.defaultRegion;
  const { approved, evidence } = await approveDeclared(services, toolCtx, {
    approve: args.approve ?? [],
    region,
    script: source,
    ...(args.options?.confirmationToken ? { token: args.options.confirmationToken } : {}),
  });
  const record = await ParentRecord.open(services, toolCtx, {
    action: 'script',
    region,
    request: { script: redactedScript(source), ...(args.approve ? { approve: args.approve } : {}) },
    ...(evidence ? { approval: evidence } : {}),
  });
  const scope: InnerScope = { services, toolCtx, parentTxId: record.txId, approved };
  try {
    const outcome = await runScript({
      source,
      host: scriptHost(scope, region),
      limits: {
        ...services.settings.script,
        maxOutputChars: services.settings.maxOutputCharacters,
        // never more calls in flight than the person's rate limit lets through at once
        concurrency: Math.min(8, services.policy.rateLimits?.concurrentCalls ?? 8),
      },
      signal: toolCtx.signal,
    });
    await record.succeeded(outcome.value);
    return { result: outcome.value, metadata: { tx_id: record.txId, calls: outcome.calls } };
  } catch (e) {
    await record.failed(e);
    throw withTxId(e, record.txId);
  }
}

function requireScript(args: ManyInput): string {
  if (args.script !== undefined) return args.script;
  throw new ToolError('InvalidInput', 'action "script" needs `script`: the body of an async function.', {
    hint: 'script: \'const r = await aws.call("s3", "ListBuckets", {}); return r.Buckets.length;\'',
    details: { field: 'script' },
  });
}

/** The script's doors: each call a full pipeline invoke in the script's default region unless it names one. */
function scriptHost(scope: InnerScope, region: string): ScriptHost {
  return {
    async call(req: InnerCall, signal: AbortSignal) {
      const call = callFromScript(req.service, req.operation, req.payload, req.options);
      const fields = await invokeInner(scope, { region, ...call }, signal);
      return fields.result ?? null;
    },
    regions: (signal: AbortSignal) => allowedRegions(scope, signal),
  };
}

const DECLARE_HINT =
  'Declare the operation in approve: [{ service, operation }] to ask the user once, before the script runs.';

/** The script's tx_id on its error; an uncaught ConfirmationRequired says how to declare it. */
function withTxId(e: unknown, txId: string): unknown {
  if (!(e instanceof ToolError)) return e;
  const inner = (e.details?.error as { code?: unknown } | undefined)?.code;
  const hint = inner === 'ConfirmationRequired' ? DECLARE_HINT : e.hint;
  return new ToolError(e.code, e.message, {
    ...(hint !== undefined ? { hint } : {}),
    details: { ...e.details, tx_id: txId },
  });
}

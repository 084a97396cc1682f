// aws_execute validate with a script: parses it (syntax errors with line and column) and lists the
// operations it names literally, each with the policy's decision, and the declared approvals;
// nothing runs. Operations computed at run time are counted: they are decided when called.

import { isToolError, type ToolErrorBody } from '../../errors/tool-error.js';
import { scriptShape, type ScriptShape } from '../../sandbox/parse-script.js';
import { decisionView } from '../decision-view.js';
import type { ManyInput } from '../execute-input.js';
import type { ToolServices } from '../services.js';
import type { ToolCallContext } from '../tool-definition.js';
import { previewDecision } from './approve-together.js';
import { ParentRecord } from './parent-record.js';
import { redactedScript } from './script-text.js';

export async function validateScript(
  services: ToolServices,
  args: ManyInput & { script: string },
  toolCtx: ToolCallContext,
): Promise<Record<string, unknown>> {
  const region = args.region ?? services.settings.defaultRegion;
  let shape: ScriptShape;
  try {
    shape = scriptShape(args.script);
  } catch (e) {
    if (!isToolError(e)) throw e;
    const record = await ParentRecord.open(services, toolCtx, {
      action: 'script',
      region,
      request: { script: '(does not parse)' },
    });
    await record.validated({ valid: false });
    return { valid: false, errors: [{ ...e.details, message: e.message }], metadata: { tx_id: record.txId } };
  }
  const named = shape.operations.map((o) => ({
    line: o.line,
    ...judged(services, o.service, o.operation, region),
  }));
  const approve = (args.approve ?? []).map((a) => judged(services, a.service, a.operation, region));
  const errors = [...named, ...approve].filter((n) => 'error' in n);
  const record = await ParentRecord.open(services, toolCtx, {
    action: 'script',
    region,
    request: { script: redactedScript(args.script), ...(args.approve ? { approve: args.approve } : {}) },
  });
  const result = {
    valid: errors.length === 0,
    operations: named,
    ...(approve.length ? { approve } : {}),
    ...(shape.computedCalls ? { computedCalls: shape.computedCalls } : {}),
  };
  await record.validated(result);
  return { ...result, metadata: { tx_id: record.txId } };
}

function judged(
  services: ToolServices,
  service: string,
  operation: string,
  region: string,
): { operation: string; decision?: ReturnType<typeof decisionView>; error?: ToolErrorBody } {
  try {
    const { key, decision } = previewDecision(services, service, operation, region);
    return { operation: key, decision: decisionView(decision) };
  } catch (e) {
    if (!isToolError(e)) throw e;
    return { operation: `${service}:${operation}`, error: e.toBody() };
  }
}

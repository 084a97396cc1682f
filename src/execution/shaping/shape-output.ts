// The order the shaping steps must run in, in one place: redact first (so neither a query nor a
// truncation report can surface a secret), cut the main list while the output still has its
// modeled shape, then the user's query, then the character cap on whatever is left.

import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { redactUnlessRevealed } from '../../redaction/redact.js';
import { capOutput, type CapReport } from './cap-output.js';
import { limitItems, type LimitedItems } from './limit-items.js';
import type { JsonObject } from '../../model/plain-object.js';
import { applyQuery } from './query.js';

export interface ShapeOutputOptions {
  readonly model: ServiceModel;
  readonly op: OperationView;
  readonly output: JsonObject;
  /** JMESPath, as the AWS CLI's --query. */
  readonly query?: string;
  readonly maxItems?: number;
  readonly maxCharacters: number;
  /** Show sensitive values (only when policy allows it). */
  readonly reveal?: boolean;
}

export interface ShapedOutput {
  readonly result: unknown;
  readonly limited?: LimitedItems['limited'];
  readonly truncated?: CapReport;
}

export function shapeOutput(opts: ShapeOutputOptions): ShapedOutput {
  const { model, op, query, maxItems, maxCharacters } = opts;
  const shapeId = model.outputOf(op);
  let output = redactUnlessRevealed(opts.output, { model, shapeId }, opts.reveal ?? false) as JsonObject;
  let limited: LimitedItems['limited'];
  if (maxItems !== undefined) ({ output, limited } = limitItems(output, maxItems, model, op));
  const queried = query !== undefined ? applyQuery(output, query) : output;
  const { value, truncated } = capOutput(queried, maxCharacters);
  return { result: value, ...(limited ? { limited } : {}), ...(truncated ? { truncated } : {}) };
}

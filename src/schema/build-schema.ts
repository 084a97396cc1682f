// Public entry points: the JSON Schema (draft 2020-12) of an operation's input or output, in
// compact or full detail, cached per (model, operation, direction, detail).

import type { OperationView, ServiceModel } from '../model/service-model.js';
import { documentation } from '../model/views/member.js';
import { defineServiceSlot } from '../model/service-state.js';
import { DRAFT_2020_12, type JsonSchema, type SchemaDetail, type SchemaOptions } from './json-schema.js';
import { COMPACT_MAX_DEPTH, COMPACT_TARGET_CHARS } from './limits.js';
import { ShapeWalker } from './shape-walker.js';

type Direction = 'input' | 'output';

/** Kept on the loaded service, so a dropped model frees its schemas. */
const SCHEMAS = defineServiceSlot('schema/json-schemas', () => new Map<string, JsonSchema>());

/** JSON Schema of the payload a caller passes for `op` (the input structure's members). */
export function buildInputSchema(
  model: ServiceModel,
  op: OperationView,
  opts: SchemaOptions = {},
): JsonSchema {
  return cached(model, op, 'input', opts.detail ?? 'compact');
}

/** JSON Schema of what `op` returns (for `include: ["output"]`). */
export function buildOutputSchema(
  model: ServiceModel,
  op: OperationView,
  opts: SchemaOptions = {},
): JsonSchema {
  return cached(model, op, 'output', opts.detail ?? 'compact');
}

function cached(model: ServiceModel, op: OperationView, dir: Direction, detail: SchemaDetail): JsonSchema {
  const perModel = model.state(SCHEMAS);
  const key = `${op.id}|${dir}|${detail}`;
  let schema = perModel.get(key);
  if (!schema) {
    schema = deepFreeze(build(model, op, dir, detail));
    perModel.set(key, schema);
  }
  return schema;
}

function build(model: ServiceModel, op: OperationView, dir: Direction, detail: SchemaDetail): JsonSchema {
  const rootId = dir === 'input' ? model.inputOf(op) : model.outputOf(op);
  const opDoc = documentation(op.shape.traits);
  const head: JsonSchema = {
    $schema: DRAFT_2020_12,
    title: `${op.name}${dir === 'input' ? 'Input' : 'Output'}`,
  };
  if (!rootId) {
    // `smithy.api#Unit`: the operation takes (or returns) nothing; an empty object is the payload.
    return { ...head, type: 'object', properties: {}, additionalProperties: false };
  }
  const description = dir === 'input' ? opDoc : undefined;
  if (detail === 'full')
    return { ...head, ...new ShapeWalker(model, { compact: false, docs: true }).build(rootId, description) };
  // Compact: the deepest expansion that fits the size target, else the shallowest.
  let schema: JsonSchema = {};
  for (let maxDepth = COMPACT_MAX_DEPTH; maxDepth >= 0; maxDepth--) {
    schema = {
      ...head,
      ...new ShapeWalker(model, { compact: true, docs: true, maxDepth }).build(rootId, description),
    };
    if (JSON.stringify(schema).length <= COMPACT_TARGET_CHARS) break;
  }
  return schema;
}

/** Cached schemas are shared between callers; freezing stops one caller corrupting another's. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

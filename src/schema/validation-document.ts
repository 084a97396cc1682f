// One JSON Schema document per service for validation: every aggregate and enum shape reachable
// from any operation input is a `$defs` entry (no descriptions), so ajv compiles each shape once
// per service however many operations share it. Same emitter as the user-facing full schemas.

import type { OperationView, ServiceModel } from '../model/service-model.js';
import { DRAFT_2020_12, type JsonSchema } from './json-schema.js';
import { ShapeWalker } from './shape-walker.js';

export interface ValidationDocument {
  /** Add to ajv once; its `$id` is what the per-operation roots refer to. */
  readonly document: JsonSchema;
  /** The schema to compile for an operation's input: a `$ref` into the document. */
  rootFor(op: OperationView): JsonSchema;
}

const UNIT_INPUT: JsonSchema = { type: 'object', properties: {}, additionalProperties: false };

export function buildValidationDocument(model: ServiceModel): ValidationDocument {
  const refBase = `urn:aws-tool-mcp:validation:${model.serviceShapeId.replace('#', ':')}`;
  const walker = new ShapeWalker(model, { compact: false, docs: false, shared: { refBase } });
  const roots = new Map<string, string>();
  for (const op of model.operations()) {
    const input = model.inputOf(op);
    if (input) roots.set(op.id, walker.defFor(input));
  }
  return {
    document: { $schema: DRAFT_2020_12, $id: refBase, $defs: walker.defs },
    rootFor(op: OperationView): JsonSchema {
      const name = roots.get(op.id);
      return name === undefined ? UNIT_INPUT : { $ref: `${refBase}#/$defs/${name}` };
    },
  };
}

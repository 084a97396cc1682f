// validatePayload: guard -> coerce (reported) -> ajv against the operation's full input schema.
// Compiled validators are cached per model in a bounded map; one Ajv instance per model.

import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { OperationView, ServiceModel } from '../model/service-model.js';
import { defineServiceSlot } from '../model/service-state.js';
import { createAjv } from './ajv-instance.js';
import { coercePayload, type Coercion } from './coerce.js';
import { guardPayload } from './guards.js';
import type { JsonObject } from '../model/plain-object.js';
import { toIssues, type ValidationIssue } from './issues.js';
import { buildValidationDocument, type ValidationDocument } from './validation-document.js';

export interface ValidateOptions {
  /** Apply unambiguous, reported type coercions first (default true). */
  readonly coerce?: boolean;
}

export interface ValidationOutcome {
  readonly valid: boolean;
  readonly errors: readonly ValidationIssue[];
  /** The guarded copy of the payload, with coercions applied. */
  readonly payload: JsonObject;
  readonly coercions: readonly Coercion[];
}

/** Validators kept per model before the model's Ajv is replaced (frees compiled code). */
export const MAX_VALIDATORS_PER_MODEL = 256;

interface ModelValidators {
  ajv: Ajv2020;
  readonly doc: ValidationDocument;
  readonly byOperation: Map<string, ValidateFunction>;
}

/** The model's validation document and Ajv are built on the first validation of the service. */
const VALIDATORS = defineServiceSlot('schema/validators', (model): ModelValidators => {
  const doc = buildValidationDocument(model);
  return { ajv: ajvWith(doc), doc, byOperation: new Map() };
});

/**
 * Checks `payload` (an object or a JSON string) against `op`'s input. Schema violations come back
 * as `valid: false` with issues; input that is not a JSON object at all throws ToolError
 * (`InvalidInput`, or `PayloadTooLarge`).
 */
export function validatePayload(
  model: ServiceModel,
  op: OperationView,
  payload: unknown,
  opts: ValidateOptions = {},
): ValidationOutcome {
  const copy = guardPayload(payload);
  const coercions = opts.coerce === false ? [] : coercePayload(model, model.inputOf(op), copy);
  const validate = validatorFor(model, op);
  const valid = validate(copy);
  return { valid, errors: valid ? [] : toIssues(validate.errors, copy), payload: copy, coercions };
}

function validatorFor(model: ServiceModel, op: OperationView): ValidateFunction {
  const entry = model.state(VALIDATORS);
  let fn = entry.byOperation.get(op.id);
  if (!fn) {
    if (entry.byOperation.size >= MAX_VALIDATORS_PER_MODEL) {
      entry.ajv = ajvWith(entry.doc);
      entry.byOperation.clear();
    }
    fn = entry.ajv.compile(entry.doc.rootFor(op));
    entry.byOperation.set(op.id, fn);
  }
  return fn;
}

/** Shared shapes are compiled once per instance because refs are not inlined. */
function ajvWith(doc: ValidationDocument): Ajv2020 {
  const ajv = createAjv({ inlineRefs: false });
  // No meta-schema pass over the whole document (100+ ms for EC2): compiling each root still runs
  // strict mode, and the coverage test meta-validates the same emitter's output for every operation.
  ajv.addSchema(doc.document, undefined, undefined, false);
  return ajv;
}

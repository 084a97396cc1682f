// Step 2, validate: the payload against the operation's input shape, once per call. Invoke
// refuses an invalid payload outright; the validate action reports the same outcome.

import { ToolError } from '../../../errors/tool-error.js';
import { validatePayload, type ValidationOutcome } from '../../../schema/validate.js';
import { redact } from '../../../redaction/redact.js';
import type { ExecuteInput } from '../../execute-input.js';
import type { ResolvedCall } from './resolve.js';

export function validateCall(call: ResolvedCall, payload: ExecuteInput['payload']): ValidationOutcome {
  return validatePayload(call.model, call.op, payload ?? {});
}

/** The payload as stored and shown: redacted by the model's sensitive members and by names. */
export function redactedPayload(call: ResolvedCall, validation: ValidationOutcome): unknown {
  return redact(validation.payload, { model: call.model, shapeId: call.model.inputOf(call.op) });
}

/** Invoke refuses an invalid payload outright, listing every problem with its fix. */
export function requireValid(call: ResolvedCall, validation: ValidationOutcome): void {
  const { errors } = validation;
  if (validation.valid) return;
  // The issues' own fixes first (a blob written as plain text: use {"text": ...}), then the way on.
  const fixes = [...new Set(errors.slice(0, 5).flatMap((e) => (e.hint ? [e.hint] : [])))];
  throw new ToolError(
    'ValidationError',
    `The payload does not match ${call.service.id}:${call.operation.name}'s input: ${errors
      .slice(0, 5)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ')}${errors.length > 5 ? ` (and ${errors.length - 5} more)` : ''}`,
    {
      hint: [
        ...fixes,
        'Fix every listed error (aws_get_operation_schema has the exact schema), or run action "validate" first.',
      ].join(' '),
      details: { errors },
    },
  );
}

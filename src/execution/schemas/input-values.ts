// JSON-shaped input (what an MCP client can send) -> the JS values the protocol serializers
// expect, walked along the Smithy shapes: timestamps become Dates, blobs bytes, big numbers
// bigint/NumericValue. Also fills missing top-level idempotency tokens, once per invocation,
// so every retry of a call carries the same token.

import { randomUUID } from 'node:crypto';
import { NumericValue } from '@smithy/core/serde';
import { ToolError } from '../../errors/tool-error.js';
import { isSimpleShape, unknownShapeKind, type Shape } from '../../model/ast.js';
import { blobForm, blobJsonBytes } from '../../model/blob-json.js';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { isPlainObject } from '../../model/plain-object.js';
import { isIdempotencyToken, isStreaming } from '../../model/views/member.js';

type Json = unknown;

const NON_FINITE: ReadonlySet<string> = new Set(['NaN', 'Infinity', '-Infinity']);

function bad(path: string, expected: string): ToolError {
  return new ToolError('InvalidInput', `Input ${path || '(root)'} must be ${expected}.`, {
    hint: 'Check the operation schema (aws_get_operation_schema) for the expected type.',
    details: { path },
  });
}

/** Timestamps: Date, ISO-8601 / RFC-7231 string, or epoch seconds (number or numeric string). */
function toDate(v: Json, path: string): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return new Date(Math.round(v * 1000));
  if (typeof v === 'string') {
    const d = /^-?\d+(\.\d+)?$/.test(v.trim()) ? new Date(Math.round(Number(v) * 1000)) : new Date(v);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw bad(path, 'a timestamp (ISO-8601 string or epoch seconds)');
}

/**
 * Blobs (model/blob-json.ts): a bare string is base64, as AWS writes blobs in JSON; `{ text }` is
 * sent as its UTF-8 bytes, `{ base64 }` decoded. Validation has rejected anything else already;
 * this is the last guard for callers that skip it.
 */
function toBytes(v: Json, path: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  const bytes = blobJsonBytes(v);
  if (bytes !== undefined) return bytes;
  throw new ToolError('InvalidInput', `Input ${path || '(root)'} is not valid binary data.`, {
    hint: 'A string blob is base64 (as in the AWS docs); to send text, write {"text": "..."}.',
    details: { path },
  });
}
export function coerceValue(model: ServiceModel, targetId: string, v: Json, path: string): Json {
  if (v === null || v === undefined) return v;
  const shape: Shape = model.requireShape(targetId);
  switch (shape.type) {
    case 'timestamp':
      return toDate(v, path);
    case 'blob':
      if (isStreaming(shape.traits) && blobForm(v) === 'text') {
        // Streaming text is handed over as the string itself, as the official clients take it.
        return (v as { text: string }).text;
      }
      return toBytes(v, path);
    case 'float':
    case 'double':
      // JSON cannot carry these three; accept their names as strings.
      return typeof v === 'string' && NON_FINITE.has(v) ? Number(v) : v;
    case 'bigInteger':
      if (typeof v === 'bigint') return v;
      if (typeof v === 'number' || typeof v === 'string') return BigInt(String(v));
      throw bad(path, 'an integer (number or string)');
    case 'bigDecimal':
      if (v instanceof NumericValue) return v;
      if (typeof v === 'number' || typeof v === 'string') return new NumericValue(String(v), 'bigDecimal');
      throw bad(path, 'a decimal (number or string)');
    case 'list':
    case 'set':
      if (!Array.isArray(v)) throw bad(path, 'an array');
      return v.map((item, i) => coerceValue(model, shape.member.target, item, `${path}[${i}]`));
    case 'map': {
      if (!isPlainObject(v)) throw bad(path, 'an object');
      const out: Record<string, Json> = {};
      for (const [k, item] of Object.entries(v))
        out[k] = coerceValue(model, shape.value.target, item, `${path}.${k}`);
      return out;
    }
    case 'structure':
    case 'union': {
      if (!isPlainObject(v)) throw bad(path, 'an object');
      const members = shape.members ?? {};
      const out: Record<string, Json> = {};
      for (const [k, item] of Object.entries(v)) {
        const m = members[k];
        out[k] = m ? coerceValue(model, m.target, item, path ? `${path}.${k}` : k) : item;
      }
      // A union with no member set is an unset union, not an empty object on the wire.
      if (shape.type === 'union' && Object.values(out).every((x) => x === undefined || x === null))
        return undefined;
      return out;
    }
    case 'enum':
    case 'intEnum':
    case 'operation':
    case 'resource':
    case 'service':
      return v;
    default:
      return isSimpleShape(shape) ? v : unknownShapeKind(shape);
  }
}

/** Coerces the whole input and fills absent top-level idempotency tokens (uuid v4). */
export function prepareInput(
  model: ServiceModel,
  op: OperationView,
  input: Record<string, unknown>,
  newToken: () => string = randomUUID,
): Record<string, unknown> {
  const inputId = model.inputOf(op);
  if (!inputId) return {};
  const out = coerceValue(model, inputId, input ?? {}, '') as Record<string, unknown>;
  for (const m of model.members(inputId)) {
    if (isIdempotencyToken(m.traits) && (out[m.name] === undefined || out[m.name] === null)) {
      out[m.name] = newToken();
    }
  }
  return out;
}

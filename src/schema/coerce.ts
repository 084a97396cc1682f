// Unambiguous type fixes applied before validation, each reported back: "5" -> 5 for integer
// members, "true" -> true for booleans, 5 -> "5" for strings, "1.5" -> 1.5 for floats.
// Timestamps given as numbers are kept as epoch seconds (the schema accepts them; not a coercion).

import { isSimpleShape, unknownShapeKind, type ListShape, type MapShape } from '../model/ast.js';
import type { ServiceModel } from '../model/service-model.js';
import type { JsonObject, JsonValue } from '../model/plain-object.js';
import { childPath, indexPath } from './json-path.js';

export interface Coercion {
  readonly path: string;
  readonly from: JsonValue;
  readonly to: JsonValue;
}

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
const INTEGER_KINDS: ReadonlySet<string> = new Set(['byte', 'short', 'integer', 'long', 'intEnum']);

/** Coerces `payload` (a guarded copy, mutated in place) against the structure `rootId`. */
export function coercePayload(
  model: ServiceModel,
  rootId: string | undefined,
  payload: JsonObject,
): Coercion[] {
  const out: Coercion[] = [];
  if (rootId) walk(model, rootId, payload, '$', out, 0);
  return out;
}

/** Returns the (possibly replaced) value; containers are fixed in place. */
function walk(
  model: ServiceModel,
  id: string,
  value: JsonValue,
  path: string,
  out: Coercion[],
  depth: number,
): JsonValue {
  const shape = model.shape(id);
  if (!shape || depth > 128) return value;
  const coerced = scalar(shape.type, value);
  if (coerced !== undefined) {
    out.push({ path, from: value, to: coerced });
    return coerced;
  }
  if (value === null || typeof value !== 'object') return value;
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (Array.isArray(value)) return value;
      for (const m of model.members(id)) {
        const child = value[m.name];
        if (child !== undefined)
          value[m.name] = walk(model, m.target, child as JsonValue, childPath(path, m.name), out, depth + 1);
      }
      return value;
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return value;
      const target = (shape as ListShape).member.target;
      value.forEach((item, i) => {
        value[i] = walk(model, target, item, indexPath(path, i), out, depth + 1);
      });
      return value;
    }
    case 'map': {
      if (Array.isArray(value)) return value;
      const target = (shape as MapShape).value.target;
      for (const key of Object.keys(value))
        value[key] = walk(model, target, value[key] as JsonValue, childPath(path, key), out, depth + 1);
      return value;
    }
    case 'enum':
    case 'intEnum':
    case 'operation':
    case 'resource':
    case 'service':
      return value;
    default:
      return isSimpleShape(shape) ? value : unknownShapeKind(shape);
  }
}

function scalar(type: string, v: JsonValue): JsonValue | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    if (INTEGER_KINDS.has(type) && INTEGER.test(t) && Number.isSafeInteger(Number(t))) return Number(t);
    if ((type === 'float' || type === 'double') && DECIMAL.test(t) && Number.isFinite(Number(t)))
      return Number(t);
    if (type === 'boolean' && (t === 'true' || t === 'false')) return t === 'true';
    return undefined;
  }
  if (typeof v === 'number' && type === 'string') return String(v);
  return undefined;
}

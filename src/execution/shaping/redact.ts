// Replaces values the model marks `smithy.api#sensitive` (on the member or its target shape) with a
// placeholder, walking structures, unions, lists and maps by the model. Used on outputs before the
// agent sees them and on request payloads before the audit layer stores them.

import type { ServiceModel } from '../../model/service-model.js';
import { isObject } from './member-path.js';

const SENSITIVE = 'smithy.api#sensitive';
export const REDACTED = '<redacted>';
/** sensitivePaths stops descending here: recursive shapes would otherwise never end. */
const MAX_PATH_DEPTH = 12;
const MAX_PATHS = 500;

interface Edge {
  readonly target: string;
  readonly traits: Readonly<Record<string, unknown>>;
  /** How the edge shows up in a path: `.Name`, `[]` or `.*`. */
  readonly step: string;
  readonly kind: 'member' | 'listMember' | 'mapKey' | 'mapValue';
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

function edges(model: ServiceModel, shapeId: string): Edge[] {
  const s = model.shape(shapeId);
  if (!s) return [];
  switch (s.type) {
    case 'structure':
    case 'union':
      return model
        .members(shapeId)
        .map((m) => ({ target: m.target, traits: m.traits, step: `.${m.name}`, kind: 'member' }));
    case 'list':
    case 'set':
      return [{ target: s.member.target, traits: s.member.traits ?? EMPTY, step: '[]', kind: 'listMember' }];
    case 'map':
      return [
        { target: s.key.target, traits: s.key.traits ?? EMPTY, step: '.*', kind: 'mapKey' },
        { target: s.value.target, traits: s.value.traits ?? EMPTY, step: '.*', kind: 'mapValue' },
      ];
    default:
      return [];
  }
}

/** True when the shape itself carries the sensitive trait. */
export function isSensitiveShape(model: ServiceModel, shapeId: string): boolean {
  return model.traits(shapeId)[SENSITIVE] !== undefined;
}

/** True when a member (or list/map member) is sensitive through its own traits or its target. */
export function isSensitiveMember(
  model: ServiceModel,
  member: { readonly target: string; readonly traits?: Readonly<Record<string, unknown>> },
): boolean {
  return member.traits?.[SENSITIVE] !== undefined || isSensitiveShape(model, member.target);
}

const closureCache = new WeakMap<ServiceModel, Map<string, boolean>>();

/**
 * Whether anything sensitive is reachable from the shape. Lets redaction return large outputs
 * untouched when their shape cannot hold a secret. A negative answer holds for the whole closure
 * visited, so it is cached for every shape in it.
 */
export function mayHoldSensitive(model: ServiceModel, shapeId: string): boolean {
  let cache = closureCache.get(model);
  if (!cache) closureCache.set(model, (cache = new Map()));
  const known = cache.get(shapeId);
  if (known !== undefined) return known;
  if (isSensitiveShape(model, shapeId)) {
    cache.set(shapeId, true);
    return true;
  }
  const visited = new Set<string>([shapeId]);
  const stack = [shapeId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (cache.get(id) === false && id !== shapeId) continue;
    for (const e of edges(model, id)) {
      if (isSensitiveMember(model, e) || cache.get(e.target) === true) {
        cache.set(shapeId, true);
        return true;
      }
      if (!visited.has(e.target)) {
        visited.add(e.target);
        stack.push(e.target);
      }
    }
  }
  for (const id of visited) cache.set(id, false);
  return false;
}

/**
 * A copy of `value` with every sensitive value replaced by "<redacted>"; parts that cannot hold a
 * sensitive value are shared, not copied. `reveal` returns the value unchanged. Keys the model
 * does not know are kept as they are. A map whose key shape is sensitive is redacted whole.
 */
export function redactSensitive(
  model: ServiceModel,
  shapeId: string | undefined,
  value: unknown,
  reveal = false,
): unknown {
  if (reveal || shapeId === undefined) return value;
  return redact(model, shapeId, value);
}

function redact(model: ServiceModel, shapeId: string, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (isSensitiveShape(model, shapeId)) return REDACTED;
  if (!mayHoldSensitive(model, shapeId)) return value;
  const shape = model.shape(shapeId)!;
  switch (shape.type) {
    case 'structure':
    case 'union': {
      if (!isObject(value)) return value;
      const copy: Record<string, unknown> = { ...value };
      for (const m of model.members(shapeId)) {
        const v = value[m.name];
        if (v === undefined || v === null) continue;
        copy[m.name] = isSensitiveMember(model, m) ? REDACTED : redact(model, m.target, v);
      }
      return copy;
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return value;
      if (isSensitiveMember(model, shape.member)) return value.map((v) => (v === null ? v : REDACTED));
      return value.map((v) => redact(model, shape.member.target, v));
    }
    case 'map': {
      if (!isObject(value)) return value;
      if (isSensitiveMember(model, shape.key)) return REDACTED;
      const sensitiveValues = isSensitiveMember(model, shape.value);
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        copy[k] = sensitiveValues && v !== null ? REDACTED : redact(model, shape.value.target, v);
      }
      return copy;
    }
    default:
      return value;
  }
}

/**
 * JMESPath-style paths to every sensitive value under a shape (`Credentials.SecretAccessKey`,
 * `UserAttributes[].Value`, `Tags.*`), for logs and reviews that want to know what gets hidden.
 * Recursive shapes are followed to a bounded depth.
 */
export function sensitivePaths(model: ServiceModel, shapeId: string): string[] {
  const out: string[] = [];
  const walk = (id: string, prefix: string, onPath: Set<string>): void => {
    if (out.length >= MAX_PATHS || onPath.size > MAX_PATH_DEPTH || !mayHoldSensitive(model, id)) return;
    const next = new Set(onPath).add(id);
    for (const e of edges(model, id)) {
      const path = `${prefix}${e.step}`;
      if (isSensitiveMember(model, e)) {
        out.push(e.kind === 'mapKey' ? `${prefix || '@'} (keys)` : path);
      } else if (e.kind !== 'mapKey' && !next.has(e.target)) {
        walk(e.target, path, next);
      }
    }
  };
  if (isSensitiveShape(model, shapeId)) return ['@'];
  walk(shapeId, '', new Set());
  return out.map((p) => (p.startsWith('.') ? p.slice(1) : p) || '@');
}

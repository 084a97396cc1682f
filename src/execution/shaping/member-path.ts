// Dotted member paths (`DistributionList.NextMarker`) as the paginated trait writes them: read,
// replace and resolve list members without mutating the caller's value.

import type { ServiceModel } from '../../model/service-model.js';

import type { JsonObject } from '../../model/plain-object.js';

/** A plain JSON object (not an array, not null). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function splitPath(path: string): string[] {
  return path.split('.').filter((p) => p.length > 0);
}

/** The value at a dotted member path, or undefined when any step is missing. */
export function getPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const part of splitPath(path)) {
    if (!isObject(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/**
 * A copy of `value` with the member at `path` replaced (undefined deletes it); only the objects
 * on the path are copied, so large siblings are shared rather than cloned.
 */
export function setPath(value: JsonObject, path: string, replacement: unknown): JsonObject {
  const [head, ...rest] = splitPath(path);
  if (head === undefined) return value;
  const copy: JsonObject = { ...value };
  if (rest.length === 0) {
    if (replacement === undefined) delete copy[head];
    else copy[head] = replacement;
    return copy;
  }
  const child = isObject(value[head]) ? (value[head] as JsonObject) : {};
  copy[head] = setPath(child, rest.join('.'), replacement);
  return copy;
}

/** Names of the top-level members of a structure that target lists, in model order. */
export function listMembersOf(model: ServiceModel, structureId: string | undefined): string[] {
  if (!structureId) return [];
  return model
    .members(structureId)
    .filter((m) => {
      const t = model.shape(m.target)?.type;
      return t === 'list' || t === 'set';
    })
    .map((m) => m.name);
}

/** The longest top-level array of an output object, for operations with no modeled items list. */
export function largestTopLevelList(output: JsonObject): string | undefined {
  let best: string | undefined;
  let bestLen = -1;
  for (const [k, v] of Object.entries(output)) {
    if (Array.isArray(v) && v.length > bestLen) {
      best = k;
      bestLen = v.length;
    }
  }
  return best;
}

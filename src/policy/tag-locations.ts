// Where an operation's input carries tags, found through its model rather than per service: a
// member whose name says "tag" and whose shape is a tag collection:
//   - a list of structures with a key and a value member (`Tags: [{Key, Value}]`, `TagList`,
//     `{TagKey, TagValue}`, `{key, value}`);
//   - a map of strings (`tags: {team: web}`, Lambda and most restJson services);
//   - S3's `Tagging` string (`team=web&env=dev`, the x-amz-tagging header);
//   - reached through a structure or a list of structures whose name says "tag" too
//     (`TagSpecifications: [{ResourceType, Tags}]`, S3 `Tagging: {TagSet}`).

import { defineServiceSlot } from '../model/service-state.js';
import type { ServiceModel, OperationView } from '../model/service-model.js';

export type TagLocation =
  | { readonly path: readonly string[]; readonly kind: 'list'; readonly key: string; readonly value: string }
  | { readonly path: readonly string[]; readonly kind: 'map' }
  | { readonly path: readonly string[]; readonly kind: 'query-string' };

export interface Tag {
  readonly key: string;
  readonly value: string;
}

const TAGGY = /tag/i;
const KEY_NAMES = /^(key|tagkey)$/i;
const VALUE_NAMES = /^(value|tagvalue)$/i;
const MAX_DEPTH = 3;
/** Per service, per operation: where its input carries tags (found once, kept with the loaded model). */
const TAG_LOCATIONS = defineServiceSlot(
  'policy/tag-locations',
  () => new Map<string, readonly TagLocation[]>(),
);

/** Every place the operation's input can carry tags (empty when it cannot carry any). */
export function tagLocations(model: ServiceModel, op: OperationView): readonly TagLocation[] {
  const byOp = model.state(TAG_LOCATIONS);
  let found = byOp.get(op.id);
  if (!found) {
    const input = model.inputOf(op);
    byOp.set(op.id, (found = input ? walk(model, input, [], 0) : []));
  }
  return found;
}

function walk(model: ServiceModel, structureId: string, path: string[], depth: number): TagLocation[] {
  if (depth >= MAX_DEPTH) return [];
  return model.members(structureId).flatMap((m) => {
    if (!TAGGY.test(m.name)) return [];
    return locate(model, m.target, [...path, m.name], depth);
  });
}

function locate(model: ServiceModel, target: string, path: string[], depth: number): TagLocation[] {
  const shape = model.shape(target);
  if (!shape) return [];
  if (shape.type === 'string' && /^tagging$/i.test(path.at(-1)!)) return [{ path, kind: 'query-string' }];
  if (shape.type === 'map') {
    const stringy = (id: string) => model.shape(id)?.type === 'string' || model.shape(id)?.type === 'enum';
    return stringy(shape.key.target) && stringy(shape.value.target) ? [{ path, kind: 'map' }] : [];
  }
  if (shape.type === 'list' || shape.type === 'set') {
    const item = shape.member.target;
    const members = model.members(item);
    const key = members.find((m) => KEY_NAMES.test(m.name));
    const value = members.find((m) => VALUE_NAMES.test(m.name));
    if (key && value) return [{ path, kind: 'list', key: key.name, value: value.name }];
    return model.shape(item)?.type === 'structure' ? walk(model, item, [...path, '*'], depth + 1) : [];
  }
  return shape.type === 'structure' ? walk(model, target, path, depth + 1) : [];
}

/** The tags a payload carries at the given locations. */
export function tagsIn(payload: unknown, locations: readonly TagLocation[]): Tag[] {
  return locations.flatMap((loc) =>
    valuesAt(payload, loc.path).flatMap((v): Tag[] => {
      if (loc.kind === 'query-string') {
        return typeof v === 'string'
          ? [...new URLSearchParams(v)].map(([key, value]) => ({ key, value }))
          : [];
      }
      if (loc.kind === 'map') {
        return isRecord(v) ? Object.entries(v).map(([key, value]) => ({ key, value: String(value) })) : [];
      }
      if (!Array.isArray(v)) return [];
      return v
        .filter(isRecord)
        .flatMap((t) =>
          typeof t[loc.key] === 'string'
            ? [{ key: t[loc.key] as string, value: String(t[loc.value] ?? '') }]
            : [],
        );
    }),
  );
}

/** Every value at a path: member names, `*` for each item of a list or value of a map. */
export function valuesAt(root: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [root];
  for (const step of path) {
    current = current.flatMap((v): unknown[] => {
      if (step === '*') return Array.isArray(v) ? v : isRecord(v) ? Object.values(v) : [];
      return isRecord(v) && v[step] !== undefined && v[step] !== null ? [v[step]] : [];
    });
  }
  return current;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

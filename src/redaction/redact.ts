// The one redactor for everything the server stores or shows (audit rows, approval records and
// prompts, confirmation details, tool results, logs). A value is replaced by "<redacted>" when the
// model marks it `smithy.api#sensitive` (on the member or its target shape) or when its member or
// map key has a secret-looking name (secret-names.ts). Without a model only names apply.

import { isSimpleShape, unknownShapeKind, type MemberShape, type Shape } from '../model/ast.js';
import { isPlainObject } from '../model/plain-object.js';
import type { MemberView, ServiceModel } from '../model/service-model.js';
import { isIdempotencyToken, isSensitive } from '../model/views/member.js';
import { defineServiceSlot } from '../model/service-state.js';
import { secretNameRule } from './secret-names.js';

export const REDACTED = '<redacted>';
/** An ARN names a resource; it is shown even under a `credential` name. */
const ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:/;
/** Deeper values are redacted whole rather than walked: no recursion without end. */
const MAX_DEPTH = 64;

type Obj = Record<string, unknown>;

const isObject: (v: unknown) => v is Obj = isPlainObject;

/** True when the shape itself carries the sensitive trait. */
export function isSensitiveShape(model: ServiceModel, shapeId: string): boolean {
  return isSensitive(model.traits(shapeId));
}

/** True when a member (or list/map member) is sensitive through its own traits or its target. */
export function isSensitiveMember(
  model: ServiceModel,
  member: { readonly target: string; readonly traits?: Readonly<Record<string, unknown>> },
): boolean {
  return isSensitive(member.traits) || isSensitiveShape(model, member.target);
}

/**
 * Whether a value under this member or map key name is a secret. Booleans and null never are; a
 * `credential` name's object is walked (its members judged by their own names) and its ARN shown.
 */
export function isSecretByName(name: string, value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'boolean') return false;
  const rule = secretNameRule(name);
  if (!rule) return false;
  if (rule.kind === 'secret') return true;
  if (isObject(value)) return false;
  if (Array.isArray(value)) return value.every((v) => !isObject(v) && !Array.isArray(v));
  return !(typeof value === 'string' && ARN.test(value));
}

export interface RedactContext {
  readonly model?: ServiceModel | undefined;
  /** The shape `value` has (an operation's input or output structure). */
  readonly shapeId?: string | undefined;
}

/**
 * `value` with every secret replaced by "<redacted>". The input is not modified; parts without a
 * secret are shared, not copied (a value without any is returned as is).
 */
export function redact(value: unknown, ctx: RedactContext = {}): unknown {
  return walk(value, ctx.model, ctx.shapeId, 0);
}

/** Redacts unless the policy lets the operator see sensitive outputs (`output.revealSensitive`). */
export function redactUnlessRevealed(value: unknown, ctx: RedactContext, reveal: boolean): unknown {
  return reveal ? value : redact(value, ctx);
}

/** What the walk descends into under a shape: a list's item, a map's key and value, or members. */
type Children =
  | { readonly kind: 'item'; readonly member: MemberShape }
  | { readonly kind: 'entries'; readonly key: MemberShape; readonly value: MemberShape }
  | { readonly kind: 'members'; readonly members: ReadonlyMap<string, MemberView> }
  | { readonly kind: 'leaf' };

const LEAF: Children = { kind: 'leaf' };

function childrenOf(model: ServiceModel, shapeId: string, shape: Shape): Children {
  switch (shape.type) {
    case 'list':
    case 'set':
      return { kind: 'item', member: shape.member };
    case 'map':
      return { kind: 'entries', key: shape.key, value: shape.value };
    case 'structure':
    case 'union':
      return { kind: 'members', members: membersByName(model, shapeId) };
    case 'enum':
    case 'intEnum':
    case 'operation':
    case 'resource':
    case 'service':
      return LEAF;
    default:
      return isSimpleShape(shape) ? LEAF : unknownShapeKind(shape);
  }
}

function walk(
  value: unknown,
  model: ServiceModel | undefined,
  shapeId: string | undefined,
  depth: number,
): unknown {
  if (value === null || value === undefined) return value;
  if (depth > MAX_DEPTH) return REDACTED;
  if (model && shapeId && isSensitiveShape(model, shapeId)) return REDACTED;
  const shape = model && shapeId ? model.shape(shapeId) : undefined;
  const children = model && shape ? childrenOf(model, shapeId!, shape) : LEAF;
  if (Array.isArray(value)) {
    const member = children.kind === 'item' ? children.member : undefined;
    if (model && member && isSensitiveMember(model, member))
      return value.map((v) => (v === null ? v : REDACTED));
    const out = value.map((v) => walk(v, model, member?.target, depth + 1));
    return out.every((v, i) => v === value[i]) ? value : out;
  }
  if (!isObject(value)) return value;
  if (model && children.kind === 'entries') {
    if (isSensitiveMember(model, children.key)) return REDACTED;
    const sensitiveValues = isSensitiveMember(model, children.value);
    return mapEntries(value, (k, v) =>
      (sensitiveValues && v !== null) || isSecretByName(k, v)
        ? REDACTED
        : walk(v, model, children.value.target, depth + 1),
    );
  }
  const members = children.kind === 'members' ? children.members : undefined;
  return mapEntries(value, (k, v) => {
    const m = members?.get(k);
    if (model && m && isSensitiveMember(model, m) && v !== null) return REDACTED;
    if (!isIdempotencyToken(m?.traits) && isSecretByName(k, v)) return REDACTED;
    return walk(v, model, m?.target, depth + 1);
  });
}

const MEMBERS_BY_NAME = defineServiceSlot(
  'redaction/members-by-name',
  () => new Map<string, ReadonlyMap<string, MemberView>>(),
);

function membersByName(model: ServiceModel, shapeId: string): ReadonlyMap<string, MemberView> {
  const perModel = model.state(MEMBERS_BY_NAME);
  let members = perModel.get(shapeId);
  if (!members) perModel.set(shapeId, (members = new Map(model.members(shapeId).map((m) => [m.name, m]))));
  return members;
}

/** `fn` applied to each entry; the original object when no entry changed. */
function mapEntries(value: Obj, fn: (key: string, v: unknown) => unknown): Obj {
  const out: Obj = {};
  let changed = false;
  for (const [k, v] of Object.entries(value)) {
    out[k] = fn(k, v);
    changed ||= out[k] !== v;
  }
  return changed ? out : value;
}

/**
 * JSON texts of the values `redact` hid, found by comparing `original` with its redacted copy:
 * lets a caller drop the same values where they are echoed elsewhere (validate's coercion list).
 */
export function hiddenValues(original: unknown, redacted: unknown, out = new Set<string>()): Set<string> {
  if (redacted === REDACTED && original !== REDACTED) {
    const add = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(add);
      else if (isObject(v)) Object.values(v).forEach(add);
      else out.add(JSON.stringify(v));
    };
    add(original);
  } else if (Array.isArray(original) && Array.isArray(redacted)) {
    original.forEach((v, i) => hiddenValues(v, redacted[i], out));
  } else if (isObject(original) && isObject(redacted)) {
    for (const [k, v] of Object.entries(original)) hiddenValues(v, redacted[k], out);
  }
  return out;
}

// Walks a shape graph from an operation's input (or output) and emits one JSON Schema: shapes
// used in several places or recursively go to `$defs` once; compact mode summarises deep
// optional branches and large enums. Two passes: plan (count sites, find cycles), then emit.

import type { EnumShape, ListShape, MapShape, Shape, Traits } from '../model/ast.js';
import { UNIT_SHAPE_ID, isSimpleShape, unknownShapeKind } from '../model/ast.js';
import type { ServiceModel } from '../model/service-model.js';
import { isSparse, legacyEnumValues } from '../model/views/member.js';
import { defineServiceSlot } from '../model/service-state.js';
import {
  blobSchema,
  isBodyBlob,
  constrainedKind,
  constraintKeywords,
  enumValues,
  simpleSchema,
} from './constraints.js';
import { plainText, shortText } from './docs.js';
import type { JsonSchema } from './json-schema.js';
import { decorateMember, isRequiredMember, memberDoc } from './member-schema.js';
import { COMPACT_DESCRIPTION_CHARS, COMPACT_MAX_DEPTH, COMPACT_MAX_ENUM_VALUES } from './limits.js';

const FULL_DETAIL_HINT = '(use detail: full)';
/** Required branches are expanded past the compact depth, but never past this many more levels. */
const REQUIRED_EXTRA_DEPTH = 3;

/** Stripping HTML is the costliest step of a build; a model's docs are stripped once per detail. */
const DESCRIBED_DOCS = defineServiceSlot('schema/described-docs', () => new Map<string, string>());

interface Site {
  readonly depth: number;
  readonly required: boolean;
}

export interface WalkerOptions {
  /** Summarise deep optional branches and long enums; short descriptions. */
  readonly compact: boolean;
  /** Compact only: structures deeper than this are summarised unless required. */
  readonly maxDepth?: number;
  /** Emit descriptions (validation schemas skip them: ajv ignores them anyway). */
  readonly docs: boolean;
  /**
   * Every aggregate and enum shape becomes a `$defs` entry, shared by all roots this walker
   * builds (one validation document per service); `refBase` prefixes the `$ref`s.
   */
  readonly shared?: { readonly refBase: string };
}

export class ShapeWalker {
  private readonly counts = new Map<string, number>();
  private readonly recursive = new Set<string>();
  private readonly best = new Map<string, Site>();
  private readonly defNames = new Map<string, string>();
  readonly defs: Record<string, JsonSchema> = {};
  private readonly usedNames = new Set<string>();
  private readonly compact: boolean;

  constructor(
    private readonly model: ServiceModel,
    private readonly opts: WalkerOptions,
  ) {
    this.compact = opts.compact;
  }

  /** Shared mode: the `$defs` name of structure `id`, emitting it (and what it uses) on first call. */
  defFor(id: string): string {
    const ref = this.site(id, { depth: 0, required: true }).$ref as string;
    return ref.slice(ref.lastIndexOf('/') + 1);
  }

  /** Schema of the structure `rootId` with `description`, `$defs` attached when any. */
  build(rootId: string, description: string | undefined): JsonSchema {
    this.plan(rootId, { depth: 0, required: true }, new Set());
    const body = this.body(rootId, { depth: 0, required: true });
    const out: JsonSchema = { ...body };
    const text = description && this.opts.docs ? this.describe(description) : '';
    if (text) out.description = text;
    if (Object.keys(this.defs).length > 0) out.$defs = this.defs;
    return out;
  }

  // ---- pass 1: plan -------------------------------------------------------------------------

  private summarised(shape: Shape, site: Site): boolean {
    if (!this.compact || (shape.type !== 'structure' && shape.type !== 'union')) return false;
    const max = this.opts.maxDepth ?? COMPACT_MAX_DEPTH;
    return (site.depth > max && !site.required) || site.depth > max + REQUIRED_EXTRA_DEPTH;
  }

  private plan(id: string, site: Site, stack: Set<string>): void {
    const shape = this.model.shape(id);
    if (!shape || this.summarised(shape, site)) return;
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    if (stack.has(id)) {
      this.recursive.add(id);
      return;
    }
    const seen = this.best.get(id);
    if (seen && !(site.depth < seen.depth || (site.required && !seen.required && site.depth <= seen.depth)))
      return;
    this.best.set(
      id,
      seen ? { depth: Math.min(seen.depth, site.depth), required: seen.required || site.required } : site,
    );
    stack.add(id);
    for (const child of this.children(id, shape, site)) this.plan(child.id, child.site, stack);
    stack.delete(id);
  }

  private children(id: string, shape: Shape, site: Site): { id: string; site: Site }[] {
    const nextDepth = this.compact ? site.depth + 1 : 0;
    switch (shape.type) {
      case 'structure':
      case 'union':
        return this.model
          .members(id)
          .filter((m) => m.target !== UNIT_SHAPE_ID)
          .map((m) => ({ id: m.target, site: { depth: nextDepth, required: isRequiredMember(m.traits) } }));
      case 'list':
      case 'set':
        return [{ id: shape.member.target, site }];
      case 'map':
        return [{ id: shape.value.target, site }];
      case 'enum':
      case 'intEnum':
      case 'operation':
      case 'resource':
      case 'service':
        return [];
      default:
        return isSimpleShape(shape) ? [] : unknownShapeKind(shape);
    }
  }

  private isDef(id: string, shape: Shape): boolean {
    if (this.opts.shared) return ['structure', 'union', 'map', 'enum', 'intEnum'].includes(shape.type);
    if (this.recursive.has(id)) return true;
    if ((this.counts.get(id) ?? 0) < 2) return false;
    return ['structure', 'union', 'map', 'enum', 'intEnum'].includes(shape.type);
  }

  // ---- pass 2: emit -------------------------------------------------------------------------

  /** Schema for a use of shape `id` (a member target, list item or map value). */
  private site(id: string, site: Site): JsonSchema {
    const shape = this.model.requireShape(id);
    if (this.summarised(shape, site)) return this.summary(id, shape);
    if (!this.isDef(id, shape)) return this.body(id, site);
    let name = this.defNames.get(id);
    if (!name) {
      name = this.uniqueName(id);
      this.defNames.set(id, name);
      this.defs[name] = {}; // reserved first: a recursive body refers to itself
      this.defs[name] = this.body(id, this.best.get(id) ?? site);
    }
    return { $ref: `${this.opts.shared?.refBase ?? ''}#/$defs/${name}` };
  }

  private uniqueName(id: string): string {
    const base = this.model.localName(id).replace(/[^A-Za-z0-9_.-]/g, '_');
    let name = base;
    for (let i = 2; this.usedNames.has(name); i++) name = `${base}${i}`;
    this.usedNames.add(name);
    return name;
  }

  private summary(id: string, shape: Shape): JsonSchema {
    const names = this.model.members(id).map((m) => m.name);
    const listed = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
    const kind = shape.type === 'union' ? 'Exactly one of' : 'Members';
    return { type: 'object', description: `${kind}: ${listed} ${FULL_DETAIL_HINT}.` };
  }

  /** The shape's own schema: type, constraints, members/items. No member-level decoration. */
  private body(id: string, site: Site): JsonSchema {
    const shape = this.model.requireShape(id);
    const traits = shape.traits ?? {};
    switch (shape.type) {
      case 'structure':
      case 'union':
        return this.structure(id, shape.type === 'union', site);
      case 'list':
      case 'set': {
        const member = (shape as ListShape).member;
        let items = this.decorate(this.site(member.target, site), member.traits ?? {}, member.target, false);
        if (isSparse(traits)) items = { anyOf: [items, { type: 'null' }] };
        const out: JsonSchema = { type: 'array', items, ...constraintKeywords('array', traits).keywords };
        if (shape.type === 'set') out.uniqueItems = true;
        return out;
      }
      case 'map': {
        const m = shape as MapShape;
        const keyShape = this.model.requireShape(m.key.target);
        const keySchema: JsonSchema = { type: 'string', ...this.stringish(keyShape).keywords };
        delete keySchema.description;
        const value = this.decorate(
          this.site(m.value.target, site),
          m.value.traits ?? {},
          m.value.target,
          false,
        );
        const out: JsonSchema = {
          type: 'object',
          additionalProperties: value,
          ...constraintKeywords('object', traits).keywords,
        };
        if (Object.keys(keySchema).length > 1) out.propertyNames = keySchema;
        return out;
      }
      case 'enum':
      case 'intEnum':
      case 'string':
        return this.stringish(shape).keywords;
      case 'operation':
      case 'resource':
      case 'service':
        throw new Error(`shape ${id} of type ${shape.type} cannot be a member target`);
      default: {
        if (!isSimpleShape(shape)) return unknownShapeKind(shape);
        // Compact schemas leave out the Java type bounds of integers: noise to a reader.
        const out = { ...simpleSchema(shape.type, traits, !this.compact) };
        const c = constraintKeywords(constrainedKind(shape.type), traits);
        return c.notes.length
          ? { ...out, ...c.keywords, description: c.notes.join(' ') }
          : { ...out, ...c.keywords };
      }
    }
  }

  /** string / enum / intEnum schemas, with compact summaries of long enums. */
  private stringish(shape: Shape): { keywords: JsonSchema } {
    const traits = shape.traits ?? {};
    const intEnum = shape.type === 'intEnum';
    const values =
      shape.type === 'string' ? legacyEnumValues(traits) : enumValues((shape as EnumShape).members, intEnum);
    const c = constraintKeywords(intEnum ? 'number' : 'string', traits);
    const out: JsonSchema = { type: intEnum ? 'integer' : 'string' };
    const notes = [...c.notes];
    if (values && this.compact && values.length > COMPACT_MAX_ENUM_VALUES) {
      notes.push(
        `One of ${values.length} values, e.g. ${values.slice(0, 8).join(', ')} ${FULL_DETAIL_HINT}.`,
      );
      Object.assign(out, c.keywords);
    } else if (values) out.enum = values;
    else Object.assign(out, c.keywords);
    if (notes.length) out.description = notes.join(' ');
    return { keywords: out };
  }

  private structure(id: string, union: boolean, site: Site): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const childDepth = this.compact ? site.depth + 1 : 0;
    for (const m of this.model.members(id)) {
      const req = !union && isRequiredMember(m.traits);
      if (req) required.push(m.name);
      const target = this.model.shape(m.target);
      const schema =
        m.target === UNIT_SHAPE_ID
          ? { type: 'object', additionalProperties: false }
          : isBodyBlob(target?.type, target?.traits ?? {}, m.traits)
            ? blobSchema(true)
            : this.site(m.target, { depth: childDepth, required: req });
      properties[m.name] = this.decorate(schema, m.traits, m.target, true);
    }
    const out: JsonSchema = { type: 'object', properties, additionalProperties: false };
    if (required.length) out.required = required;
    if (union) {
      out.minProperties = 1;
      out.maxProperties = 1;
      if (this.opts.docs) out.description = 'Set exactly one member.';
    }
    return out;
  }

  private decorate(schema: JsonSchema, memberTraits: Traits, target: string, withDocs: boolean): JsonSchema {
    const doc = withDocs && this.opts.docs ? memberDoc(this.model, memberTraits, target) : undefined;
    return decorateMember(this.model, schema, memberTraits, target, {
      docs: this.opts.docs,
      description: doc ? this.describe(doc) : '',
    });
  }

  private describe(doc: string): string {
    const key = this.compact ? `c${doc}` : `f${doc}`;
    const described = this.model.state(DESCRIBED_DOCS);
    let text = described.get(key);
    if (text === undefined) {
      const plain = plainText(doc);
      text = this.compact ? shortText(plain, COMPACT_DESCRIPTION_CHARS) : plain;
      described.set(key, text);
    }
    return text;
  }
}

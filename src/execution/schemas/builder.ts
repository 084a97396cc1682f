// Smithy JSON AST -> the runtime schema tuples (`@smithy/types` static schemas) that the official
// protocol classes read. One builder per service model; every shape is built on first use and
// cached, and aggregate members are lazy thunks so recursive shapes terminate.

import type {
  $SchemaRef,
  StaticErrorSchema,
  StaticListSchema,
  StaticMapSchema,
  StaticSimpleSchema,
  StaticStructureSchema,
  StaticUnionSchema,
  SchemaTraits,
} from '@smithy/types';
import {
  UNIT_SHAPE_ID,
  isSimpleShape,
  unknownShapeKind,
  type MemberShape,
  type Shape,
  type Traits,
} from '../../model/ast.js';
import type { OperationView, ServiceModel } from '../../model/service-model.js';
import { hasRequiredTrait, isErrorShape, isStreaming, timestampFormat } from '../../model/views/member.js';
import { httpTrait } from '../../model/views/operation.js';
import { encodeTraits, TIMESTAMP_SENTINELS } from './traits.js';
import { customizeHttpTrait } from '../customizations/registry.js';

/** The operation schema object the protocols' serializeRequest/deserializeResponse take. */
export interface RuntimeOperationSchema {
  readonly name: string;
  readonly namespace: string;
  readonly traits: SchemaTraits;
  readonly input: $SchemaRef;
  readonly output: $SchemaRef;
}

type Aggregate =
  StaticStructureSchema | StaticErrorSchema | StaticUnionSchema | StaticListSchema | StaticMapSchema;

function splitId(id: string): [string, string] {
  const i = id.indexOf('#');
  return [id.slice(0, i), id.slice(i + 1)];
}

export class SchemaBuilder {
  private readonly aggregates = new Map<string, Aggregate>();
  private readonly simples = new Map<string, StaticSimpleSchema>();
  private readonly operations = new Map<string, RuntimeOperationSchema>();

  constructor(readonly model: ServiceModel) {}

  /** The operation schema, with the service's customizations of the `http` trait applied. */
  operation(op: OperationView): RuntimeOperationSchema {
    const cached = this.operations.get(op.id);
    if (cached) return cached;
    const [namespace, name] = splitId(op.id);
    const traits = encodeTraits(op.shape.traits) ?? {};
    const http = httpTrait(op.shape.traits);
    const customized = http && customizeHttpTrait(http, { model: this.model, op });
    if (customized && customized !== http)
      traits.http = [customized.method, customized.uri, customized.code ?? 200];
    const schema: RuntimeOperationSchema = {
      name,
      namespace,
      traits,
      input: this.topLevel(op.shape.input?.target),
      output: this.topLevel(op.shape.output?.target),
    };
    this.operations.set(op.id, schema);
    return schema;
  }

  /** Every error shape the service can return (service-wide and per operation), built. */
  errorShapes(): StaticErrorSchema[] {
    const ids = new Set<string>();
    for (const e of this.model.service.errors ?? []) ids.add(e.target);
    for (const op of this.model.operations()) for (const e of op.shape.errors ?? []) ids.add(e.target);
    return [...ids].map((id) => this.aggregate(id) as StaticErrorSchema);
  }

  /** Schema reference for a shape id: a numeric sentinel, a static simple schema or an aggregate. */
  ref(id: string, memberTraits?: Traits): $SchemaRef {
    const shape = this.model.requireShape(id);
    switch (shape.type) {
      case 'structure':
      case 'union':
      case 'list':
      case 'set':
      case 'map':
        return this.aggregate(id);
      case 'enum':
      case 'intEnum':
      case 'operation':
      case 'resource':
      case 'service':
        return this.simple(id, shape, memberTraits);
      default:
        return isSimpleShape(shape) ? this.simple(id, shape, memberTraits) : unknownShapeKind(shape);
    }
  }

  private topLevel(target: string | undefined): $SchemaRef {
    if (!target || target === UNIT_SHAPE_ID) return 'unit';
    return this.aggregate(target);
  }

  private simple(id: string, shape: Shape, memberTraits?: Traits): $SchemaRef {
    const format = timestampFormat(memberTraits) ?? timestampFormat(shape.traits);
    const sentinel = simpleSentinel(shape, format);
    const traits = encodeTraits(shape.traits);
    if (!traits) return sentinel;
    const key = `${id}|${sentinel}`;
    let schema = this.simples.get(key);
    if (!schema) {
      const [ns, name] = splitId(id);
      schema = [0, ns, name, traits, sentinel] as StaticSimpleSchema;
      this.simples.set(key, schema);
    }
    return schema;
  }

  private aggregate(id: string): Aggregate {
    const cached = this.aggregates.get(id);
    if (cached) return cached;
    const shape = this.model.requireShape(id);
    const [ns, name] = splitId(id);
    const traits = encodeTraits(shape.traits) ?? 0;
    let schema: Aggregate;
    switch (shape.type) {
      case 'structure':
      case 'union': {
        const isError = shape.type === 'structure' && isErrorShape(shape.traits);
        const kind = shape.type === 'union' ? 4 : isError ? -3 : 3;
        // Placeholder first: a recursive member reaching this id gets the same array instance.
        schema = [kind, ns, name, traits, [], []] as unknown as Aggregate;
        this.aggregates.set(id, schema);
        this.fillMembers(schema as StaticStructureSchema, shape.members ?? {}, shape.type === 'structure');
        return schema;
      }
      case 'list':
      case 'set':
        schema = [1, ns, name, traits, this.member(shape.member)] as StaticListSchema;
        break;
      case 'map':
        schema = [2, ns, name, traits, this.member(shape.key), this.member(shape.value)] as StaticMapSchema;
        break;
      case 'enum':
      case 'intEnum':
      case 'operation':
      case 'resource':
      case 'service':
        throw new Error(`shape ${id} (${shape.type}) is not an aggregate`);
      default:
        if (isSimpleShape(shape)) throw new Error(`shape ${id} (${shape.type}) is not an aggregate`);
        return unknownShapeKind(shape);
    }
    this.aggregates.set(id, schema);
    return schema;
  }

  /** Required members first, as the generated clients order them (wire field order follows). */
  private fillMembers(
    schema: StaticStructureSchema,
    members: Readonly<Record<string, MemberShape>>,
    countRequired: boolean,
  ): void {
    const entries = Object.entries(members);
    // Every @required member, clientOptional or not: the generated clients order them this way.
    const isRequired = ([, m]: [string, MemberShape]): boolean => hasRequiredTrait(m.traits);
    const ordered = [...entries.filter(isRequired), ...entries.filter((e) => !isRequired(e))];
    const names = schema[4];
    const refs = schema[5];
    for (const [memberName, m] of ordered) {
      names.push(memberName);
      refs.push(this.member(m));
    }
    const required = entries.filter(isRequired).length;
    if (countRequired && required > 0) schema[6] = required;
  }

  /** A member reference: lazy for aggregates (recursion), `[ref, traits]` when it has traits. */
  private member(m: MemberShape): $SchemaRef {
    const target = this.model.requireShape(m.target);
    const isAggregate = ['structure', 'union', 'list', 'set', 'map'].includes(target.type);
    const ref: $SchemaRef = isAggregate ? () => this.aggregate(m.target) : this.ref(m.target, m.traits);
    const traits = encodeTraits(m.traits);
    return traits ? ([ref, traits] as unknown as $SchemaRef) : ref;
  }
}

/** Numeric sentinel of a simple shape (see the `@smithy/types` schema sentinels). */
function simpleSentinel(shape: Shape, timestampFormat: string | undefined): number {
  switch (shape.type) {
    case 'string':
    case 'enum':
      return 0;
    case 'boolean':
      return 2;
    case 'byte':
    case 'short':
    case 'integer':
    case 'intEnum':
    case 'long':
    case 'float':
    case 'double':
      return 1;
    case 'timestamp':
      return (timestampFormat && TIMESTAMP_SENTINELS[timestampFormat]) || 4;
    case 'blob':
      return isStreaming(shape.traits) ? 42 : 21;
    case 'document':
      return 15;
    case 'bigInteger':
      return 17;
    case 'bigDecimal':
      return 19;
    case 'structure':
    case 'union':
    case 'list':
    case 'set':
    case 'map':
    case 'operation':
    case 'resource':
    case 'service':
      throw new Error(`shape of type ${shape.type} has no simple schema`);
    default:
      return unknownShapeKind(shape);
  }
}

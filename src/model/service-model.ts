// A read-only view over one service's Smithy JSON AST: the one place that knows the file layout.
// Catalog, schema and execution ask this view for shapes, members, traits and operations.

import {
  PRELUDE_TYPES,
  UNIT_SHAPE_ID,
  type MemberShape,
  type ModelFile,
  type OperationShape,
  type ResourceShape,
  type ServiceShape,
  type Shape,
  type ShapeRef,
  type Traits,
} from './ast.js';
import { ServiceState, type ServiceSlot } from './service-state.js';

export interface OperationView {
  /** Absolute shape id, e.g. `com.amazonaws.s3#ListBuckets`. */
  readonly id: string;
  /** The name clients call it by (the service `rename` applied). */
  readonly name: string;
  readonly shape: OperationShape;
  /** Set when the operation is bound through a resource rather than directly on the service. */
  readonly resourcePath?: readonly string[];
}

export interface MemberView {
  readonly name: string;
  readonly target: string;
  readonly traits: Traits;
}

const EMPTY_TRAITS: Traits = Object.freeze({});

/** Resource lifecycle and operation properties, in the order Smithy lists them. */
const RESOURCE_SINGLE_OPS = ['create', 'put', 'read', 'update', 'delete', 'list'] as const;

export class ServiceModel {
  readonly serviceShapeId: string;
  readonly service: ServiceShape;
  /** Namespace of the service shape, e.g. `com.amazonaws.s3`. */
  readonly namespace: string;
  private operationList?: readonly OperationView[];
  private operationsByName?: Map<string, OperationView>;
  /** Every layer's per-service state (service-state.ts): dropped with this object. */
  readonly loaded = new ServiceState();

  constructor(readonly file: ModelFile) {
    const entry = Object.entries(file.shapes).find(([, s]) => s.type === 'service');
    if (!entry) throw new Error('model file has no service shape');
    this.serviceShapeId = entry[0];
    this.service = entry[1] as ServiceShape;
    this.namespace = this.serviceShapeId.slice(0, this.serviceShapeId.indexOf('#'));
  }

  /** The shape for an id; prelude simple types are synthesised, unknown ids return undefined. */
  shape(id: string): Shape | undefined {
    const own = this.file.shapes[id];
    if (own) return own;
    const prelude = PRELUDE_TYPES[id];
    return prelude ? { type: prelude } : undefined;
  }

  /** A layer's per-service value (built schemas, validators, runtime...), created on first use. */
  state<T>(slot: ServiceSlot<T>): T {
    return this.loaded.get(slot, this);
  }

  /** Like shape(), but a missing shape is a broken model: fail loudly with the id. */
  requireShape(id: string): Shape {
    const s = this.shape(id);
    if (!s) throw new Error(`shape ${id} is not defined in ${this.serviceShapeId}`);
    return s;
  }

  traits(id: string): Traits {
    return this.shape(id)?.traits ?? EMPTY_TRAITS;
  }

  serviceTraits(): Traits {
    return this.service.traits ?? EMPTY_TRAITS;
  }

  /** Members of a structure or union, in model order (the order the wire formats use). */
  members(id: string): readonly MemberView[] {
    const s = this.shape(id);
    if (!s || (s.type !== 'structure' && s.type !== 'union')) return [];
    return Object.entries(s.members ?? {}).map(([name, m]: [string, MemberShape]) => ({
      name,
      target: m.target,
      traits: m.traits ?? EMPTY_TRAITS,
    }));
  }

  /** Every operation of the service, including those bound through (nested) resources. */
  operations(): readonly OperationView[] {
    if (!this.operationList) this.operationList = this.collectOperations();
    return this.operationList;
  }

  /** Operation by its exact client name (case-sensitive); the catalog handles fuzzy names. */
  operation(name: string): OperationView | undefined {
    if (!this.operationsByName) {
      this.operationsByName = new Map(this.operations().map((op) => [op.name, op]));
    }
    return this.operationsByName.get(name);
  }

  /** Input structure id of an operation, or undefined when it takes `smithy.api#Unit`. */
  inputOf(op: OperationView): string | undefined {
    const t = op.shape.input?.target;
    return t && t !== UNIT_SHAPE_ID ? t : undefined;
  }

  outputOf(op: OperationView): string | undefined {
    const t = op.shape.output?.target;
    return t && t !== UNIT_SHAPE_ID ? t : undefined;
  }

  /** The local name clients see for a shape id, honouring the service's `rename` map. */
  localName(id: string): string {
    return this.service.rename?.[id] ?? id.slice(id.indexOf('#') + 1);
  }

  private collectOperations(): OperationView[] {
    const out: OperationView[] = [];
    const seen = new Set<string>();
    const addOp = (ref: ShapeRef, resourcePath?: readonly string[]): void => {
      if (seen.has(ref.target)) return;
      const shape = this.shape(ref.target);
      if (!shape || shape.type !== 'operation') return;
      seen.add(ref.target);
      out.push({ id: ref.target, name: this.localName(ref.target), shape, resourcePath });
    };
    const visitResource = (ref: ShapeRef, path: readonly string[], visiting: Set<string>): void => {
      if (visiting.has(ref.target)) return; // resources may not cycle, but a bad model must not hang us
      const r = this.shape(ref.target);
      if (!r || r.type !== 'resource') return;
      const here = [...path, this.localName(ref.target)];
      const res = r as ResourceShape;
      for (const key of RESOURCE_SINGLE_OPS) {
        const opRef = res[key];
        if (opRef) addOp(opRef, here);
      }
      for (const opRef of res.operations ?? []) addOp(opRef, here);
      for (const opRef of res.collectionOperations ?? []) addOp(opRef, here);
      const next = new Set(visiting).add(ref.target);
      for (const child of res.resources ?? []) visitResource(child, here, next);
    };
    for (const ref of this.service.operations ?? []) addOp(ref);
    for (const ref of this.service.resources ?? []) visitResource(ref, [], new Set());
    return out;
  }
}

// The Smithy JSON AST as AWS publishes it (aws/api-models-aws). Only model/ reads this layout;
// everyone else goes through the views in service-model.ts.

export type Traits = Readonly<Record<string, unknown>>;

export interface ShapeRef {
  readonly target: string;
}

export interface MemberShape {
  readonly target: string;
  readonly traits?: Traits;
}

interface ShapeBase {
  readonly traits?: Traits;
}

export const SIMPLE_SHAPE_TYPES = [
  'blob',
  'boolean',
  'string',
  'byte',
  'short',
  'integer',
  'long',
  'float',
  'double',
  'bigInteger',
  'bigDecimal',
  'timestamp',
  'document',
] as const;

export type SimpleShapeType = (typeof SIMPLE_SHAPE_TYPES)[number];

export interface SimpleShape extends ShapeBase {
  readonly type: SimpleShapeType;
}

export interface EnumShape extends ShapeBase {
  readonly type: 'enum' | 'intEnum';
  readonly members: Readonly<Record<string, MemberShape>>;
}

export interface ListShape extends ShapeBase {
  readonly type: 'list' | 'set';
  readonly member: MemberShape;
}

export interface MapShape extends ShapeBase {
  readonly type: 'map';
  readonly key: MemberShape;
  readonly value: MemberShape;
}

export interface StructureShape extends ShapeBase {
  readonly type: 'structure' | 'union';
  readonly members?: Readonly<Record<string, MemberShape>>;
  readonly mixins?: readonly ShapeRef[];
}

export interface OperationShape extends ShapeBase {
  readonly type: 'operation';
  readonly input?: ShapeRef;
  readonly output?: ShapeRef;
  readonly errors?: readonly ShapeRef[];
}

export interface ResourceShape extends ShapeBase {
  readonly type: 'resource';
  readonly identifiers?: Readonly<Record<string, ShapeRef>>;
  readonly create?: ShapeRef;
  readonly put?: ShapeRef;
  readonly read?: ShapeRef;
  readonly update?: ShapeRef;
  readonly delete?: ShapeRef;
  readonly list?: ShapeRef;
  readonly operations?: readonly ShapeRef[];
  readonly collectionOperations?: readonly ShapeRef[];
  readonly resources?: readonly ShapeRef[];
}

export interface ServiceShape extends ShapeBase {
  readonly type: 'service';
  readonly version?: string;
  readonly operations?: readonly ShapeRef[];
  readonly resources?: readonly ShapeRef[];
  readonly errors?: readonly ShapeRef[];
  readonly rename?: Readonly<Record<string, string>>;
}

export type Shape =
  | SimpleShape
  | EnumShape
  | ListShape
  | MapShape
  | StructureShape
  | OperationShape
  | ResourceShape
  | ServiceShape;

export interface ModelFile {
  readonly smithy: string;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

/** Smithy prelude shapes (`smithy.api#String`...) are referenced but never defined in the files. */
export const PRELUDE_TYPES: Readonly<Record<string, SimpleShapeType>> = {
  'smithy.api#String': 'string',
  'smithy.api#Blob': 'blob',
  'smithy.api#Boolean': 'boolean',
  'smithy.api#PrimitiveBoolean': 'boolean',
  'smithy.api#Byte': 'byte',
  'smithy.api#PrimitiveByte': 'byte',
  'smithy.api#Short': 'short',
  'smithy.api#PrimitiveShort': 'short',
  'smithy.api#Integer': 'integer',
  'smithy.api#PrimitiveInteger': 'integer',
  'smithy.api#Long': 'long',
  'smithy.api#PrimitiveLong': 'long',
  'smithy.api#Float': 'float',
  'smithy.api#PrimitiveFloat': 'float',
  'smithy.api#Double': 'double',
  'smithy.api#PrimitiveDouble': 'double',
  'smithy.api#BigInteger': 'bigInteger',
  'smithy.api#BigDecimal': 'bigDecimal',
  'smithy.api#Timestamp': 'timestamp',
  'smithy.api#Document': 'document',
};

/** `smithy.api#Unit` stands for "no input/output" and for valueless union members. */
export const UNIT_SHAPE_ID = 'smithy.api#Unit';

const SIMPLE_TYPES: ReadonlySet<string> = new Set(SIMPLE_SHAPE_TYPES);

/** True for the leaf kinds (blob, string, numbers, timestamp, document...). */
export function isSimpleShape(shape: Shape): shape is SimpleShape {
  return SIMPLE_TYPES.has(shape.type);
}

/**
 * The end of every shape walker's exhaustive dispatch: once every kind has a case, the shape is
 * `never` here, so a kind added to `Shape` breaks the build of each walker that ignores it.
 */
export function unknownShapeKind(shape: never): never {
  throw new Error(`unknown Smithy shape type ${(shape as Shape).type}`);
}

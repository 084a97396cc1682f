// One compact line of an operation's required input members and their types, e.g.
// `Bucket: string, Key: string`, so a search hit says what to send without a schema round trip.
// Built once per operation with the catalog; the schema (aws_get_operation_schema) has the rest.

import { isSimpleShape, unknownShapeKind, type Shape, type Traits } from './ast.js';
import { legacyEnumValues } from './views/member.js';
import { isRequiredMember } from './required-member.js';
import type { ServiceModel } from './service-model.js';

/** At most this many members are named; the line then says how many more. */
const MEMBERS_MAX = 8;
/** Enum values are listed only while they stay this short (`"ASC"|"DESC"`); else `enum`. */
const ENUM_LIST_MAX = 40;
/** Lists and maps of lists... stop naming element types past this depth. */
const DEPTH_MAX = 2;

const SIMPLE: Readonly<Record<string, string>> = {
  blob: 'blob',
  boolean: 'boolean',
  string: 'string',
  byte: 'integer',
  short: 'integer',
  integer: 'integer',
  long: 'integer',
  bigInteger: 'integer',
  float: 'number',
  double: 'number',
  bigDecimal: 'number',
  timestamp: 'timestamp',
  document: 'any',
};

function enumType(values: readonly (string | number)[]): string {
  const listed = values.map((v) => JSON.stringify(v)).join('|');
  return values.length > 0 && listed.length <= ENUM_LIST_MAX ? listed : 'enum';
}

function enumMemberValues(shape: Shape & { members?: Readonly<Record<string, { traits?: Traits }>> }) {
  return Object.entries(shape.members ?? {}).map(
    ([name, m]) => (m.traits?.['smithy.api#enumValue'] as string | number | undefined) ?? name,
  );
}

/** `string`, `integer`, `"A"|"B"`, `string[]`, `map<string,AttributeValue>`, `Tag` (a structure). */
export function compactType(model: ServiceModel, target: string, depth = 0): string {
  const shape = model.shape(target);
  if (!shape) return 'any';
  switch (shape.type) {
    case 'enum':
    case 'intEnum':
      return enumType(enumMemberValues(shape));
    case 'list':
    case 'set':
      return depth >= DEPTH_MAX ? 'list' : `${compactType(model, shape.member.target, depth + 1)}[]`;
    case 'map':
      return depth >= DEPTH_MAX ? 'map' : `map<string,${compactType(model, shape.value.target, depth + 1)}>`;
    case 'structure':
    case 'union':
      return model.localName(target);
    case 'operation':
    case 'resource':
    case 'service':
      return 'any';
    default: {
      if (!isSimpleShape(shape)) return unknownShapeKind(shape);
      const legacy = shape.type === 'string' ? legacyEnumValues(shape.traits) : undefined;
      if (legacy) return enumType(legacy);
      return SIMPLE[shape.type] ?? 'any';
    }
  }
}

/** `Name: type, ...` of the members a caller must send (the shared required rule); '' if none. */
export function requiredMembersLine(model: ServiceModel, inputId: string | undefined): string {
  if (!inputId) return '';
  const required = model.members(inputId).filter((m) => isRequiredMember(m.traits));
  const named = required.slice(0, MEMBERS_MAX).map((m) => `${m.name}: ${compactType(model, m.target)}`);
  const more = required.length - named.length;
  return named.join(', ') + (more > 0 ? `, +${more} more` : '');
}

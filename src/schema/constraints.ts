// Smithy constraint traits (length, range, pattern, uniqueItems) and the JSON Schema for each
// simple shape kind. Pure functions of traits; the walker in build-schema.ts composes them.

import type { SimpleShapeType, Traits } from '../model/ast.js';
import {
  enumValue,
  hasUniqueItems,
  isHttpPayload,
  isStreaming,
  lengthTrait,
  patternTrait,
  rangeTrait,
} from '../model/views/member.js';
import type { JsonSchema } from './json-schema.js';
import { MAX_STREAMING_BODY_BYTES } from './limits.js';
import { compatiblePattern } from './patterns.js';

/**
 * Ranges of the Java integer types Smithy's numeric shapes are defined by. `long` has none: its
 * bounds (±2^63) are beyond what a JSON number holds exactly, so stating them would only add noise.
 */
const INTEGER_RANGES: Readonly<Record<'byte' | 'short' | 'integer', readonly [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
};

export const BLOB_NOTE =
  'Bytes as a base64 string (as in the AWS docs), or {"text": "..."} to send UTF-8 text.';
export const STREAMING_NOTE = `Bytes as a base64 string, or {"text": "..."} to send UTF-8 text; at most ${MAX_STREAMING_BODY_BYTES / (1024 * 1024)} MiB.`;
export const TIMESTAMP_NOTE =
  'ISO 8601 date-time string (e.g. 2024-01-31T12:00:00Z) or epoch seconds number.';

/** Schema of a simple (non-aggregate) shape kind, before constraint traits. */
export function simpleSchema(type: SimpleShapeType, traits: Traits, typeRanges = true): JsonSchema {
  switch (type) {
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'long':
      return { type: 'integer' };
    case 'byte':
    case 'short':
    case 'integer': {
      const [minimum, maximum] = INTEGER_RANGES[type];
      return typeRanges ? { type: 'integer', minimum, maximum } : { type: 'integer' };
    }
    case 'float':
    case 'double':
      return { type: 'number' };
    case 'bigInteger':
      return { type: ['integer', 'string'], pattern: '^-?[0-9]+$' };
    case 'bigDecimal':
      return { type: ['number', 'string'], pattern: '^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$' };
    case 'timestamp':
      return { type: ['string', 'number'], format: 'date-time' };
    case 'document':
      return {};
    case 'blob':
      return blobSchema();
  }
}

/** Longest base64 text of MAX_STREAMING_BODY_BYTES bytes. */
const MAX_BASE64_CHARS = Math.ceil(MAX_STREAMING_BODY_BYTES / 3) * 4;

/** Strict base64 (canonical alphabet and padding): the `byte` format is checked by ajv-instance.ts. */
export const BASE64_STRING: JsonSchema = {
  type: 'string',
  contentEncoding: 'base64',
  format: 'byte',
  maxLength: MAX_BASE64_CHARS,
};

/**
 * Every blob, in the forms of model/blob-json.ts: a base64 string as AWS writes blobs in JSON,
 * {"text": ...} for UTF-8 text, or {"base64": ...}. A raw body (streaming blob, or a blob bound
 * with `httpPayload`) comes back from a read with its size and whether it was cut, so those two
 * are accepted beside it: what was read whole can be written back as is.
 */
export function blobSchema(body = false): JsonSchema {
  const readBack: Record<string, JsonSchema> = body
    ? { size: { type: 'integer', minimum: 0 }, truncated: { const: false } }
    : {};
  const form = (name: string, value: JsonSchema): JsonSchema => ({
    type: 'object',
    properties: { [name]: value, ...readBack },
    required: [name],
    additionalProperties: false,
  });
  return {
    anyOf: [
      { ...BASE64_STRING },
      form('text', { type: 'string', maxLength: MAX_STREAMING_BODY_BYTES }),
      form('base64', { ...BASE64_STRING }),
    ],
  };
}

/** Whether `schema` is one made by blobSchema (for error messages about blobs). */
export function isBlobSchema(schema: unknown): boolean {
  const first = (schema as { anyOf?: unknown[] } | undefined)?.anyOf?.[0] as JsonSchema | undefined;
  return first?.format === BASE64_STRING.format && first?.contentEncoding === 'base64';
}

/** Whether a member whose target is `targetType` is a raw body (see blobSchema). */
export function isBodyBlob(
  targetType: string | undefined,
  targetTraits: Traits,
  memberTraits: Traits,
): boolean {
  return targetType === 'blob' && (isStreaming(targetTraits) || isHttpPayload(memberTraits));
}

/** The JSON type a constraint trait applies to, for the shape kinds that carry constraints. */
export type ConstrainedKind = 'string' | 'number' | 'array' | 'object' | 'blob' | 'other';

/**
 * JSON Schema keywords for the constraint traits in `traits`, plus notes for the description
 * (patterns that cannot be enforced). Blob lengths count bytes, not base64 characters: noted only.
 */
export function constraintKeywords(
  kind: ConstrainedKind,
  traits: Traits,
): { keywords: JsonSchema; notes: string[] } {
  const keywords: JsonSchema = {};
  const notes: string[] = [];
  const length = lengthTrait(traits);
  if (length) {
    const [minKey, maxKey] =
      kind === 'string'
        ? ['minLength', 'maxLength']
        : kind === 'array'
          ? ['minItems', 'maxItems']
          : kind === 'object'
            ? ['minProperties', 'maxProperties']
            : [undefined, undefined];
    if (minKey && maxKey) {
      if (length.min !== undefined && length.min > 0) keywords[minKey] = length.min;
      if (length.max !== undefined) keywords[maxKey] = length.max;
    } else if (kind === 'blob') {
      notes.push(`Size ${length.min ?? 0}-${length.max ?? '∞'} bytes.`);
    }
  }
  const range = rangeTrait(traits);
  if (range && kind === 'number') {
    if (range.min !== undefined) keywords.minimum = Number(range.min);
    if (range.max !== undefined) keywords.maximum = Number(range.max);
  }
  const pattern = patternTrait(traits);
  if (typeof pattern === 'string' && kind === 'string') {
    const p = compatiblePattern(pattern);
    if (p.pattern !== undefined) keywords.pattern = p.pattern;
    else if (p.dropped) notes.push(p.dropped);
  }
  if (hasUniqueItems(traits) && kind === 'array') keywords.uniqueItems = true;
  return { keywords, notes };
}

/** Which constraint family a simple shape kind takes. */
export function constrainedKind(type: string): ConstrainedKind {
  switch (type) {
    case 'string':
    case 'enum':
      return 'string';
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'bigInteger':
    case 'bigDecimal':
    case 'intEnum':
      return 'number';
    case 'list':
    case 'set':
      return 'array';
    case 'map':
    case 'structure':
    case 'union':
      return 'object';
    case 'blob':
      return 'blob';
    default:
      return 'other';
  }
}

/** Values of an enum shape (Smithy 2 `enum` members, or the legacy `smithy.api#enum` trait). */
export function enumValues(
  members: Readonly<Record<string, { traits?: Traits }>> | undefined,
  intEnum: boolean,
): (string | number)[] {
  return Object.entries(members ?? {}).map(([name, m]) => {
    const v = enumValue(m.traits);
    return v === undefined ? (intEnum ? Number(name) : name) : v;
  });
}

// Test helper: the minimal valid payload for a JSON Schema we generate — required members only,
// satisfying enums, patterns, lengths and ranges. Patterns are matched by trying candidates from
// regexSamples(), then common strings, then the per-pattern table in pattern-samples.ts.

import type { JsonSchema } from '../../../src/schema/json-schema.js';
import { PATTERN_SAMPLES } from './pattern-samples.js';
import { regexSamples } from './regex-sample.js';

export class NoSample extends Error {}

const COMMON = [
  'a',
  'abc',
  'example',
  'A',
  '1',
  'a1',
  'arn:aws:iam::123456789012:role/example',
  '2024-01-01T00:00:00Z',
  'a@example.com',
  'https://example.com',
  'example.com',
];

export function samplePayload(root: JsonSchema): unknown {
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const resolve = (s: JsonSchema): JsonSchema =>
    typeof s.$ref === 'string' ? (defs[s.$ref.slice('#/$defs/'.length)] ?? {}) : s;
  const gen = (s: JsonSchema, depth: number): unknown => {
    if (depth > 40) throw new NoSample('required recursion too deep');
    if (typeof s.$ref === 'string') {
      const target = defs[s.$ref.slice('#/$defs/'.length)];
      if (!target) throw new NoSample(`dangling ${s.$ref}`);
      // member-level siblings of a $ref (constraints) must hold too: merge them over the target
      const { $ref: _ref, ...rest } = s;
      return gen({ ...target, ...rest }, depth + 1);
    }
    if (s.default !== undefined) return s.default;
    if (Array.isArray(s.enum)) return s.enum[0];
    if (Array.isArray(s.anyOf)) return gen(s.anyOf[0] as JsonSchema, depth + 1);
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    switch (type) {
      case 'object':
        return object(s, depth);
      case 'array': {
        const n = (s.minItems as number | undefined) ?? 0;
        const item = s.items as JsonSchema;
        if (s.uniqueItems && n > 1) {
          const values = Array.isArray(item.enum) ? item.enum : resolve(item).enum;
          if (!Array.isArray(values) || values.length < n) throw new NoSample('unique items');
          return values.slice(0, n);
        }
        return Array.from({ length: n }, () => gen(item, depth + 1));
      }
      case 'string':
        if (s.format === 'byte') return 'AA=='; // one zero byte, in base64
        return s.format === 'date-time' ? '2024-01-01T00:00:00Z' : str(s);
      case 'integer':
      case 'number': {
        const min = (s.minimum as number | undefined) ?? -Infinity;
        const max = (s.maximum as number | undefined) ?? Infinity;
        const v = Math.min(Math.max(1, min), max);
        return type === 'integer' ? Math.ceil(v) : v;
      }
      case 'boolean':
        return false;
      case undefined:
        return {};
      default:
        throw new NoSample(`type ${String(type)}`);
    }
  };
  const object = (s: JsonSchema, depth: number): Record<string, unknown> => {
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    const out: Record<string, unknown> = {};
    for (const name of (s.required ?? []) as string[]) out[name] = gen(props[name]!, depth + 1);
    if ((s.minProperties as number | undefined) === 1 && Object.keys(out).length === 0) {
      const names = Object.keys(props);
      if (names.length === 0) {
        const keys = (s.propertyNames ?? {}) as JsonSchema;
        const key = Array.isArray(keys.enum) ? String(keys.enum[0]) : str(keys);
        out[key] = gen(s.additionalProperties as JsonSchema, depth + 1);
        return out;
      }
      // a union: the first member that can be produced
      for (const name of names) {
        try {
          out[name] = gen(props[name]!, depth + 1);
          return out;
        } catch (e) {
          if (!(e instanceof NoSample)) throw e;
        }
      }
      throw new NoSample('no union member');
    }
    return out;
  };
  return gen(root, 0);
}

function str(s: JsonSchema): string {
  const min = (s.minLength as number | undefined) ?? 0;
  const max = (s.maxLength as number | undefined) ?? Infinity;
  const pattern = s.pattern as string | undefined;
  const fits = (c: string): boolean =>
    [...c].length >= min && [...c].length <= max && (!pattern || new RegExp(pattern, 'u').test(c));
  const candidates = pattern
    ? [...(PATTERN_SAMPLES[pattern] ?? []), ...regexSamples(pattern), ...COMMON]
    : [];
  for (const c of candidates) if (fits(c)) return c;
  if (!pattern || fits('a'.repeat(Math.max(min, 1)))) {
    const c = 'a'.repeat(Math.max(min, 1));
    if (fits(c)) return c;
  }
  // pad a pattern sample out to the minimum length by repeating its last character
  for (const c of candidates) {
    const padded = c + c.slice(-1).repeat(Math.max(0, min - [...c].length));
    if (fits(padded)) return padded;
  }
  throw new NoSample(`no string for pattern ${pattern ?? ''} length ${min}-${max}`);
}

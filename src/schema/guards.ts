// Checks run before ajv on hostile input: the payload must be (or parse to) a plain JSON object
// of bounded depth and size, with no prototype-polluting keys. Returns a clean deep copy.

import type { JsonObject, JsonValue } from '../model/plain-object.js';
import { ToolError } from '../errors/tool-error.js';
import { childPath, indexPath } from './json-path.js';
import { jsonErrorPosition } from './json-position.js';
import { MAX_PAYLOAD_CHARS, MAX_PAYLOAD_DEPTH, MAX_PAYLOAD_NODES } from './limits.js';

/** Keys that can reach Object.prototype when a payload is merged or assigned naively. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses a JSON string payload (if needed) and returns a guarded deep copy of the object. */
export function guardPayload(payload: unknown): JsonObject {
  const value = typeof payload === 'string' ? parseJson(payload) : payload;
  if (!isPlainObject(value)) {
    throw new ToolError('InvalidInput', `payload must be a JSON object, got ${describeKind(value)}`, {
      hint: 'Pass the operation input as an object of member names, e.g. {"Bucket": "my-bucket"}; use {} for no input.',
    });
  }
  const budget = { nodes: 0, chars: 0 };
  return copy(value, '$', 1, budget) as JsonObject;
}

function parseJson(text: string): unknown {
  if (text.length > MAX_PAYLOAD_CHARS) throw tooLarge(`${text.length} characters`);
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // Deep nesting can exhaust JSON.parse's stack: say so rather than blame the syntax.
    if (e instanceof RangeError) {
      throw new ToolError('InvalidInput', `payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels`, {
        hint: 'Flatten the payload; no AWS input nests this deep.',
      });
    }
    const pos = jsonErrorPosition(text) ?? Number(/position (\d+)/.exec(msg)?.[1] ?? NaN);
    const found = Number.isNaN(pos) ? undefined : pos;
    const where = found !== undefined ? ` at ${lineColumn(text, found)} (position ${found})` : '';
    const near =
      found === undefined
        ? ''
        : `: unexpected ${found < text.length ? JSON.stringify(text.slice(found, found + 10)) : 'end of text'}`;
    throw new ToolError('InvalidInput', `payload is not valid JSON${where}${near}`, {
      hint: 'Send the payload as a JSON object (not a string), or fix the JSON text: double-quoted keys and strings, no trailing commas.',
      details: found !== undefined ? { position: found } : undefined,
    });
  }
}

function lineColumn(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return `line ${line} column ${pos - before.lastIndexOf('\n')}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function describeKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'a non-plain object' : `a ${typeof v}`;
}

function tooLarge(what: string): ToolError {
  return new ToolError('PayloadTooLarge', `payload is too large (${what})`, {
    hint: `Keep payloads under ${MAX_PAYLOAD_CHARS} characters and ${MAX_PAYLOAD_NODES} values; upload big bodies another way.`,
  });
}

function invalid(path: string, message: string, hint: string): ToolError {
  return new ToolError('InvalidInput', `${message} at ${path}`, { hint, details: { path } });
}

/** Recursion is bounded by MAX_PAYLOAD_DEPTH, checked before descending. */
function copy(v: unknown, path: string, depth: number, budget: { nodes: number; chars: number }): JsonValue {
  if (++budget.nodes > MAX_PAYLOAD_NODES) throw tooLarge(`more than ${MAX_PAYLOAD_NODES} values`);
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    budget.chars += v.length;
    if (budget.chars > MAX_PAYLOAD_CHARS) throw tooLarge(`more than ${MAX_PAYLOAD_CHARS} characters`);
    return v;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw invalid(path, 'number is not finite', 'Use a finite number.');
    return v;
  }
  if (typeof v !== 'object')
    throw invalid(
      path,
      `a ${typeof v} is not a JSON value`,
      'Use strings, numbers, booleans, null, arrays and objects only.',
    );
  if (depth > MAX_PAYLOAD_DEPTH)
    throw invalid(
      path,
      `payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels`,
      'Flatten the payload; no AWS input nests this deep.',
    );
  if (Array.isArray(v)) return v.map((item, i) => copy(item, indexPath(path, i), depth + 1, budget));
  if (!isPlainObject(v))
    throw invalid(path, 'value is not a plain JSON object', 'Use plain JSON objects only.');
  const out: JsonObject = {};
  for (const key of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw invalid(
        childPath(path, key),
        `forbidden key "${key}"`,
        'Remove the key; it is never an AWS member name.',
      );
    }
    budget.chars += key.length;
    out[key] = copy(v[key], childPath(path, key), depth + 1, budget);
  }
  return out;
}

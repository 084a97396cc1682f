// ajv errors -> validation issues a model (or a person) can act on: our path notation, a plain
// message, what was expected, and a hint (did-you-mean, allowed values, the missing member).

import type { ErrorObject } from 'ajv';
import { didYouMean } from './did-you-mean.js';
import { childPath, pointerToPath } from './json-path.js';
import { isCanonicalBase64 } from '../model/blob-json.js';
import { BLOB_NOTE, isBlobSchema, TIMESTAMP_NOTE } from './constraints.js';

export interface ValidationIssue {
  /** Where, in `$.Member.List[0]` notation. */
  readonly path: string;
  readonly message: string;
  readonly expected?: string;
  readonly hint?: string;
}

const MAX_LISTED = 30;

function listed(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_LISTED).map((v) => JSON.stringify(v));
  return values.length > MAX_LISTED ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}

function propertyNames(schema: unknown): string[] {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

/** Errors under a failed `anyOf` are the branches' complaints: replace them with one issue. */
function dropAnyOfBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfAt = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  return errors.filter(
    (e) => e.keyword === 'anyOf' || !anyOfAt.some((p) => e.schemaPath.startsWith(`${p}/`)),
  );
}

export function toIssues(
  errors: readonly ErrorObject[] | null | undefined,
  data: unknown,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const e of dropAnyOfBranches(errors ?? [])) {
    const issue = toIssue(e, data);
    const key = `${issue.path}|${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

type Params = Record<string, unknown>;

/** One ajv error as an issue; each keyword with its own wording gets its own function below. */
function toIssue(e: ErrorObject, data: unknown): ValidationIssue {
  const at = pointerToPath(e.instancePath, data);
  const p = e.params as Params;
  switch (e.keyword) {
    case 'required':
      return missingMember(e, at, p);
    case 'additionalProperties':
      return unknownMember(e, at, p);
    case 'enum':
      return notAllowedValue(e, at, p);
    case 'type':
      return wrongType(e, at, p);
    case 'format':
      if (p.format === 'byte') return blobIssue(at, e.data);
      return {
        path: at,
        message: `${quoted(e.data)} is not a valid timestamp`,
        expected: TIMESTAMP_NOTE,
        hint: 'Use ISO 8601, e.g. 2024-01-31T12:00:00Z, or epoch seconds.',
      };
    case 'anyOf':
      return isBlobSchema(e.parentSchema)
        ? blobIssue(at, e.data)
        : { path: at, message: 'value has the wrong form' };
    case 'minProperties':
    case 'maxProperties':
      return wrongMemberCount(e, at, p);
    case 'propertyNames':
      return {
        path: childPath(at, String(p.propertyName)),
        message: `key ${JSON.stringify(p.propertyName)} is not allowed`,
        hint: 'Check the allowed key format in the schema.',
      };
    default:
      return { path: at, message: e.message ?? `fails ${e.keyword}`, expected: expectedFor(e) };
  }
}

/** Points at the missing member itself and says what it should hold, so it can just be added. */
function missingMember(e: ErrorObject, at: string, p: Params): ValidationIssue {
  const name = String(p.missingProperty);
  const member = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties?.[name];
  const expected = summarise(member);
  return {
    path: childPath(at, name),
    message: `missing required member ${name}`,
    ...(expected ? { expected } : {}),
    hint: `Add ${name}${expected ? ` (${expected})` : ''}.`,
  };
}

/** Member names are case-sensitive: the usual slip is a near miss, so suggest the closest name. */
function unknownMember(e: ErrorObject, at: string, p: Params): ValidationIssue {
  const name = String(p.additionalProperty);
  const allowed = propertyNames(e.parentSchema);
  const guess = didYouMean(name, allowed);
  return {
    path: childPath(at, name),
    message: `unknown member ${name}`,
    expected: allowed.length ? `one of ${listed(allowed)}` : 'no members',
    hint: guess ? `Did you mean ${guess}?` : 'Remove it; member names are case-sensitive.',
  };
}

function notAllowedValue(e: ErrorObject, at: string, p: Params): ValidationIssue {
  const values = (p.allowedValues as unknown[]) ?? [];
  const guess = typeof e.data === 'string' ? didYouMean(e.data, values.map(String)) : undefined;
  return {
    path: at,
    message: `${quoted(e.data)} is not an allowed value`,
    expected: `one of ${listed(values)}`,
    hint: guess ? `Did you mean ${JSON.stringify(guess)}?` : `Use one of ${listed(values)}.`,
  };
}

function wrongType(e: ErrorObject, at: string, p: Params): ValidationIssue {
  const expected = String(p.type).replace(',', ' or ');
  return {
    path: at,
    message: `must be ${expected}, got ${jsonType(e.data)}`,
    expected,
    hint: TYPE_HINTS[expected] ?? `Send a JSON ${expected}.`,
  };
}

/** A union (maxProperties 1) gets its own message: "too many properties" would not say why. */
function wrongMemberCount(e: ErrorObject, at: string, p: Params): ValidationIssue {
  const names = propertyNames(e.parentSchema);
  const isUnion = (e.parentSchema as { maxProperties?: number } | undefined)?.maxProperties === 1;
  if (isUnion) {
    return {
      path: at,
      message: 'exactly one member of this union must be set',
      expected: `one of ${listed(names)}`,
    };
  }
  return {
    path: at,
    message: e.message ?? 'wrong number of entries',
    expected: `${e.keyword} ${String(p.limit)}`,
  };
}

function expectedFor(e: ErrorObject): string | undefined {
  const p = e.params as Record<string, unknown>;
  if (p.limit !== undefined) return `${e.keyword} ${String(p.limit)}`;
  if (p.pattern !== undefined) return `matches ${String(p.pattern)}`;
  return undefined;
}

const TYPE_HINTS: Readonly<Record<string, string>> = {
  object: 'Send a JSON object of member names, e.g. {"Name": "value"}.',
  array: 'Send a JSON array, e.g. ["a"]; a single value must still be wrapped in [ ].',
  integer: 'Send a whole number without quotes, e.g. 5.',
  number: 'Send a number without quotes, e.g. 1.5.',
  boolean: 'Send true or false without quotes.',
  string: 'Send a string in double quotes.',
};

/** A short description of what a member schema wants, for hints. */
function summarise(schema: unknown): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const s = schema as { type?: unknown; enum?: unknown[]; $ref?: string; anyOf?: unknown[] };
  if (Array.isArray(s.enum)) return `one of ${listed(s.enum)}`;
  if (typeof s.$ref === 'string') return `a ${s.$ref.slice(s.$ref.lastIndexOf('/') + 1)} object`;
  if (Array.isArray(s.type)) return s.type.join(' or ');
  if (typeof s.type === 'string') return s.type;
  if (isBlobSchema(s)) return BLOB_NOTE;
  return undefined;
}

/**
 * A blob in none of its forms. A bare string is base64, as AWS writes blobs in JSON: plain text
 * there (an S3 body, a Lambda payload) is the usual slip, so the hint shows the text form.
 */
function blobIssue(at: string, data: unknown): ValidationIssue {
  if (typeof data === 'string') {
    const shown = data.length > 60 ? `${data.slice(0, 57)}...` : data;
    return {
      path: at,
      message: `${quoted(data)} is not base64: a string blob is base64-encoded bytes, as in the AWS docs`,
      expected: BLOB_NOTE,
      hint: `To send it as UTF-8 text, write {"text": ${JSON.stringify(shown)}}.`,
    };
  }
  const o = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (o.truncated === true) {
    return {
      path: at,
      message: 'this value was cut when it was read (truncated: true): only part of it is here',
      hint: 'Send the whole content; a truncated read cannot be written back.',
    };
  }
  if (typeof o.base64 === 'string' && !isCanonicalBase64(o.base64)) {
    return {
      path: at,
      message: 'base64 is not valid base64 (alphabet A-Z a-z 0-9 + /, padded with = to a multiple of 4)',
      hint: 'Encode the bytes with standard base64, or send text as {"text": "..."}.',
    };
  }
  return {
    path: at,
    message: 'value is not binary data in any accepted form',
    expected: BLOB_NOTE,
    hint: 'Write a base64 string, {"base64": "..."} or {"text": "..."}.',
  };
}

/** Echoes a user value in a message, cut short: payload strings can be megabytes. */
function quoted(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

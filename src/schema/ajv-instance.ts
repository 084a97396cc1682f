// The ajv configuration schemas are checked and compiled with: draft 2020-12, strict mode, all
// errors, plus the annotation keywords and formats our schemas use.

import { Ajv2020 } from 'ajv/dist/2020.js';
import { isCanonicalBase64 } from '../model/blob-json.js';
import { SENSITIVE_KEYWORD } from './json-schema.js';

/** ISO 8601 / RFC 3339 date or date-time, with optional fraction and zone. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

export function isDateTime(s: string): boolean {
  return DATE_TIME.test(s) && !Number.isNaN(Date.parse(s));
}

/** A fresh Ajv in strict mode that knows our keywords; callers own its compiled-schema cache. */
export function createAjv(extra: { inlineRefs?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    ...extra,
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    verbose: true,
    // Patterns come from the service model, not from users; unicode mode matches Smithy's intent.
    unicodeRegExp: true,
    // Compiling is the expensive part (thousands of operations); the optimiser's gain is small.
    code: { optimize: false },
  });
  ajv.addKeyword({ keyword: SENSITIVE_KEYWORD, schemaType: 'boolean' });
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  // OpenAPI's name for base64 data: blobs (see constraints.ts blobSchema).
  ajv.addFormat('byte', { type: 'string', validate: isCanonicalBase64 });
  return ajv;
}

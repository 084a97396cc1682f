// The JSON Schema (draft 2020-12) value type this layer produces, and the options of a request.

/** A JSON Schema object. Kept loose on purpose: it is data handed to ajv and to MCP clients. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

export type SchemaDetail = 'compact' | 'full';

export interface SchemaOptions {
  /** `compact` (default) trims docs, big enums and deep optional branches; `full` keeps all. */
  readonly detail?: SchemaDetail;
}

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Annotation keyword marking members whose values are secrets (Smithy `sensitive`). */
export const SENSITIVE_KEYWORD = 'x-sensitive';

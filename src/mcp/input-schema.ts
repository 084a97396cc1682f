// Tool arguments are checked by us, not by the SDK: the SDK's own check answers with bare text,
// while users need a structured `InvalidInput` error naming each bad field and the fix. So the
// SDK gets a Standard Schema that advertises the exact JSON Schema but accepts any value.

import type { StandardSchemaWithJSON } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { ToolError } from '../errors/tool-error.js';

/**
 * Keys left out of the advertised input schema: tools/list is paid for in every prompt, and these
 * guide no caller (`$schema` is MCP's default dialect; string length caps and `propertyNames:
 * string` only bound abuse; `additionalProperties: {}` is the default). parseArguments still enforces them with a clear InvalidInput.
 */
const UNADVERTISED = new Set(['$schema', 'minLength', 'maxLength', 'propertyNames']);

function withoutUnadvertised(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutUnadvertised);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !UNADVERTISED.has(k) && !(k === 'additionalProperties' && isEmptySchema(v)))
      .map(([k, v]) => [k, k === 'properties' ? propertiesOf(v) : withoutUnadvertised(v)]),
  );
}

/** `{}` admits anything: as `additionalProperties` it says no more than leaving it out. */
function isEmptySchema(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** Under `properties` the keys are member names (a member may be called `maxLength`): keep them all. */
function propertiesOf(properties: unknown): unknown {
  if (typeof properties !== 'object' || properties === null) return properties;
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, withoutUnadvertised(v)]));
}

/**
 * Frozen all the way down: one advertised schema serves every server instance (a 2026-07-28 HTTP
 * request gets its own), so a change made while answering one request must not reach the next.
 */
export function deepFrozen<T>(node: T): T {
  if (typeof node === 'object' && node !== null && !Object.isFrozen(node)) {
    for (const value of Object.values(node)) deepFrozen(value);
    Object.freeze(node);
  }
  return node;
}

export function advertisedSchema(schema: z.ZodObject): StandardSchemaWithJSON {
  const json = deepFrozen(
    withoutUnadvertised(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })) as Record<
      string,
      unknown
    >,
  );
  return {
    '~standard': {
      version: 1,
      vendor: 'aws-tool-mcp',
      validate: (value: unknown) => ({ value }),
      jsonSchema: { input: () => json, output: () => json },
    },
  };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(arguments)';
}

/** Parses tool arguments, turning every zod issue into one InvalidInput error. */
export function parseArguments<S extends z.ZodObject>(
  schema: S,
  toolName: string,
  args: unknown,
): z.infer<S> {
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: describePath(i.path), message: i.message }));
  throw new ToolError(
    'InvalidInput',
    `Invalid arguments for ${toolName}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    {
      hint: 'Fix the listed arguments; tools/list has the exact input schema of this tool.',
      details: { issues },
    },
  );
}

// Tool arguments are checked by us, not by the SDK: the SDK's own check answers with bare text,
// while users need a structured `InvalidInput` error naming each bad field and the fix. So the
// SDK gets a Standard Schema that advertises the exact JSON Schema but accepts any value.

import type { StandardSchemaWithJSON } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { ToolError } from '../errors/tool-error.js';

export function advertisedSchema(schema: z.ZodObject): StandardSchemaWithJSON {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
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

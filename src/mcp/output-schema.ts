// What a tool advertises as its output: its success shape OR the error shape every tool shares.
// MCP clients (SDK 1.x, Inspector) check `structuredContent` against `outputSchema` even on
// `isError` results, so a schema that only admits success turns "Did you mean ListBuckets?" into
// "Structured content does not match the tool's output schema". The root stays `type: object` so
// both protocol eras advertise it as is (no SEP-2106 `{result}` wrap).

import type { StandardSchemaWithJSON } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { deepFrozen } from './input-schema.js';

/** The structured content of every error result (see tool-result.ts). */
export const toolErrorOutput = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    hint: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
  metadata: z.object({ modelCommit: z.string() }).loose().optional(),
});

// Written by hand, not generated: tools/list is paid for in every prompt, and three copies of
// zod's verbose rendering would cost ~600 characters more for the same constraints that matter.
const ERROR_JSON = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' } },
    },
    metadata: { type: 'object' },
  },
};

/** JSON Schema `{type: object, anyOf: [success, error]}`; validated with the matching zod union. */
export function advertisedOutputSchema(success: z.ZodObject): StandardSchemaWithJSON {
  const either = z.union([success, toolErrorOutput]);
  const { $schema, ...successJson } = z.toJSONSchema(success, { target: 'draft-2020-12', io: 'output' });
  const json = deepFrozen({ $schema, type: 'object', anyOf: [successJson, ERROR_JSON] });
  return {
    '~standard': {
      version: 1,
      vendor: 'aws-tool-mcp',
      validate: (value: unknown) => either['~standard'].validate(value),
      jsonSchema: { input: () => json, output: () => json },
    },
  };
}

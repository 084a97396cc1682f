// Every result a tool can return, success or any error code, conforms to the outputSchema it
// declares: clients (SDK 1.x and 2.x, Inspector) check structuredContent against it, also on
// isError results, and would otherwise replace our error with "does not match the output schema".

import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_ERROR_CODES } from '../../src/errors/tool-error.js';
import { errorResult } from '../../src/mcp/tool-result.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';
import { BUNDLE_MAIN_COMMIT } from '../helpers/paths.js';

const params = () => ({ command: process.execPath, args: [BIN], env: serverEnv(), stderr: 'pipe' as const });

interface AnyClient {
  listTools(): Promise<unknown>;
  callTool(p: { name: string; arguments: Record<string, unknown> }): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

async function connect(kind: 'v1' | 'v2-legacy' | 'v2-modern'): Promise<AnyClient> {
  if (kind === 'v1') {
    const v1 = new V1Client({ name: 'v1', version: '1.0.0' });
    await v1.connect(new V1StdioClientTransport(params()));
    return v1 as unknown as AnyClient;
  }
  const v2 = new Client(
    { name: 'v2', version: '1.0.0' },
    kind === 'v2-modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
  );
  await v2.connect(new StdioClientTransport(params()));
  return v2 as unknown as AnyClient;
}

beforeAll(() => requireBuild());

describe('every error code validates against every tool output schema from tools/list', () => {
  it('holds for each tool x code, with and without metadata and details', async () => {
    const client = new Client({ name: 'ajv', version: '1.0.0' });
    await client.connect(new StdioClientTransport(params()));
    try {
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(3);
      const ajv = new Ajv2020({ strict: false });
      for (const tool of tools) {
        expect(tool.outputSchema?.type).toBe('object');
        const validate = ajv.compile(tool.outputSchema!);
        for (const code of TOOL_ERROR_CODES) {
          const bodies = [
            { code, message: `m ${code}` },
            { code, message: 'm', hint: 'h', details: { issues: [{ path: 'x' }] } },
          ];
          for (const body of bodies) {
            for (const meta of [undefined, { modelCommit: BUNDLE_MAIN_COMMIT }]) {
              const structured = errorResult(body, meta).structuredContent;
              expect(validate(structured), `${tool.name} ${code}: ${ajv.errorsText(validate.errors)}`).toBe(
                true,
              );
            }
          }
        }
        // the schema is not `{}`: an error without a message is not admitted
        expect(validate({ error: { code: 'Internal' } })).toBe(false);
      }
    } finally {
      await client.close();
    }
  });
});

const REPROS = [
  {
    name: 'aws_get_operation_schema',
    arguments: { service: 's3', operation: 'ListBukkets' },
    code: 'UnknownOperation',
    mentions: 'ListBuckets',
  },
  {
    name: 'aws_search_operations',
    arguments: { query: 'list buckets', serviceHint: 'nosuchservice' },
    code: 'UnknownService',
    mentions: 'nosuchservice',
  },
  { name: 'aws_search_operations', arguments: { query: '' }, code: 'InvalidInput', mentions: 'query' },
  {
    name: 'aws_execute',
    arguments: { action: 'validate', service: 's3', operation: 'ListBukkets', payload: {} },
    code: 'UnknownOperation',
    mentions: 'ListBuckets',
  },
] as const;

describe.each(['v1', 'v2-legacy', 'v2-modern'] as const)('%s client callTool', (kind) => {
  let client: AnyClient;
  beforeAll(async () => {
    client = await connect(kind);
    await client.listTools(); // as hosts do; the clients check results against these schemas
  });
  afterAll(async () => {
    await client?.close();
  });

  it.each(REPROS)('$name $code reaches the model as a tool error', async (repro) => {
    const r = await client.callTool({ name: repro.name, arguments: { ...repro.arguments } });
    expect(r.isError).toBe(true);
    const error = (r.structuredContent as { error: Record<string, string> }).error;
    expect(error.code).toBe(repro.code);
    expect(error.message).toEqual(expect.any(String));
    expect(error.hint).toEqual(expect.any(String));
    expect(JSON.stringify(error)).toContain(repro.mentions);
    // the model-facing text is the same object, so hosts that show only `content` see it all
    const text = (r.content as { type: string; text: string }[])[0]!.text;
    expect(JSON.parse(text)).toEqual(r.structuredContent);
  });

  it('success results still validate (search, schema, validate)', async () => {
    const search = await client.callTool({
      name: 'aws_search_operations',
      arguments: { query: 'list buckets' },
    });
    expect(search.isError).not.toBe(true);
    const schema = await client.callTool({
      name: 'aws_get_operation_schema',
      arguments: { service: 's3', operation: 'ListBuckets' },
    });
    expect(schema.isError).not.toBe(true);
    const validated = await client.callTool({
      name: 'aws_execute',
      arguments: { action: 'validate', service: 's3', operation: 'ListBuckets', payload: {} },
    });
    expect(validated.isError).not.toBe(true);
  });
});

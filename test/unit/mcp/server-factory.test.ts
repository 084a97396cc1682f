// The 2026-07-28 era makes a server per HTTP request, so the factory converts each tool's schemas
// once and every server it makes registers those same (frozen) schemas: what one request's server
// lists is what the next one lists, and nothing a server does while answering can change it.

import { randomBytes } from 'node:crypto';
import { Client } from '@modelcontextprotocol/client';
import { InMemoryTransport } from '@modelcontextprotocol/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openAuditDatabase } from '../../../src/audit/database.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { ApprovalNonces } from '../../../src/mcp/approval-port.js';
import { advertisedSchema } from '../../../src/mcp/input-schema.js';
import { advertisedOutputSchema } from '../../../src/mcp/output-schema.js';
import { createMcpServerFactory } from '../../../src/mcp/server.js';
import { sqliteNonces } from '../../../src/state/sqlite/nonces.js';
import type { ToolDefinition } from '../../../src/tools/tool-definition.js';

const echo: ToolDefinition = {
  names: { underscore: 'echo_text', dotted: 'echo.text' },
  title: 'Echo',
  description: 'Answers with the text it is given.',
  inputSchema: z.object({ text: z.string().max(20).describe('What to echo.') }),
  outputSchema: z.object({ text: z.string() }),
  annotations: { readOnlyHint: true },
  run: async (input) => ({ text: (input as { text: string }).text }),
};

const shared = { nonces: sqliteNonces(openAuditDatabase(':memory:')), sealKey: randomBytes(32) };
const factory = createMcpServerFactory({
  tools: [echo],
  naming: 'underscore',
  identity: { name: 'test', version: '0.0.0', modelCommit: 'abc' },
  logger: silentLogger,
  approvalNonces: new ApprovalNonces(60_000, () => shared),
})('http');

async function connected(): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await factory().connect(serverSide);
  const client = new Client({ name: 'factory-test', version: '1.0.0' });
  await client.connect(clientSide);
  return client;
}

describe('createMcpServerFactory', () => {
  it('every server it makes registers the schemas converted once, not a conversion of its own', () => {
    const [a, b] = [factory(), factory()];
    const [jsonA, jsonB] = [a.toolInputSchemaJson('echo_text'), b.toolInputSchemaJson('echo_text')];
    expect(jsonA).toEqual({
      type: 'object',
      properties: { text: { type: 'string', description: 'What to echo.' } },
      required: ['text'],
    });
    // The SDK copies only the root: below it, both servers hold the very same objects.
    expect(jsonA!.properties).toBe(jsonB!.properties);
  });

  it('servers answer alike, before and after calls, and a tool still runs on each', async () => {
    const [first, second] = [await connected(), await connected()];
    const listed = await first.listTools();
    expect(await first.callTool({ name: 'echo_text', arguments: { text: 'hi' } })).toMatchObject({
      structuredContent: { text: 'hi' },
    });
    expect(await second.listTools()).toEqual(listed);
    expect(listed.tools[0]!.outputSchema).toMatchObject({ type: 'object', anyOf: [{}, {}] });
    await Promise.all([first.close(), second.close()]);
  });

  it('the shared schemas are frozen all the way down: a change throws instead of leaking', () => {
    const input = advertisedSchema(echo.inputSchema)['~standard'].jsonSchema.input({
      target: 'draft-2020-12',
    });
    const output = advertisedOutputSchema(echo.outputSchema)['~standard'].jsonSchema.output({
      target: 'draft-2020-12',
    });
    const text = (input.properties as Record<string, Record<string, unknown>>).text!;
    expect(() => (text.type = 'number')).toThrow(TypeError);
    expect(() => (output.anyOf as unknown[]).push({})).toThrow(TypeError);
  });
});

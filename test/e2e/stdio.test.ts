// The server as MCP hosts run it: the built binary over stdio, driven by the SDK's own clients
// (2.x on the 2025-11-25 and 2026-07-28 protocols, and the 1.x client most hosts embed today).

import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';
import { BUNDLE_MAIN_COMMIT } from '../helpers/paths.js';
import { measureToolSurface } from '../helpers/tool-surface.js';

type Structured = Record<string, any>;

function params(env: Record<string, string> = {}) {
  return { command: process.execPath, args: [BIN], env: serverEnv(env), stderr: 'pipe' as const };
}

async function connect(era: 'legacy' | 'modern', env: Record<string, string> = {}): Promise<Client> {
  const client = new Client(
    { name: 'e2e', version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
  );
  await client.connect(new StdioClientTransport(params(env)));
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = await client.callTool({ name, arguments: args });
  return {
    isError: result.isError === true,
    data: result.structuredContent as Structured,
    text: result.content,
  };
}

beforeAll(() => requireBuild());

describe.each(['legacy', 'modern'] as const)('stdio, %s protocol era', (era) => {
  let client: Client;
  beforeAll(async () => {
    client = await connect(era);
  });
  afterAll(async () => {
    await client?.close();
  });

  it('negotiates the era and lists exactly the three tools', async () => {
    expect(client.getNegotiatedProtocolVersion()).toBe(era === 'modern' ? '2026-07-28' : '2025-11-25');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'aws_execute',
      'aws_get_operation_schema',
      'aws_search_operations',
    ]);
    for (const t of tools) {
      expect(t.description!.length).toBeLessThan(200);
      expect(t.inputSchema.type).toBe('object');
    }
    expect(client.getInstructions()).toContain('aws_search_operations');
    expect(client.getServerVersion()?.description).toContain(BUNDLE_MAIN_COMMIT);
  });

  it('searches in plain words', async () => {
    const r = await call(client, 'aws_search_operations', { query: 'I need to list simple storage buckets' });
    expect(r.isError).toBe(false);
    expect(r.data.results[0]).toMatchObject({ service: 's3', operation: 'ListBuckets', risk: 'read' });
    expect(r.data.results[0].requires).toBeUndefined(); // ListBuckets needs nothing
    expect(r.data.metadata).toBeUndefined(); // the model commit is in serverInfo and the audit trail
    expect(JSON.parse((r.text[0] as { text: string }).text)).toEqual(r.data);
  });

  it('says in each hit what the operation requires, typed, so a known call needs no schema', async () => {
    const r = await call(client, 'aws_search_operations', { query: 'read an object from s3' });
    expect(r.data.results).toHaveLength(5); // the default limit
    expect(r.data.results[0]).toMatchObject({
      service: 's3',
      operation: 'GetObject',
      requires: 'Bucket: string, Key: string',
    });
    expect(r.data.results[0].required).toBeUndefined(); // the bare names are not repeated
  });

  it('returns an operation schema from any spelling', async () => {
    const r = await call(client, 'aws_get_operation_schema', { service: 'S3', operation: 'put-object' });
    expect(r.isError).toBe(false);
    expect(r.data).toMatchObject({ service: 's3', operation: 'PutObject', risk: 'write' });
    expect(r.data.schema.required).toEqual(expect.arrayContaining(['Bucket', 'Key']));
  });

  it('validates a payload and names each problem', async () => {
    const r = await call(client, 'aws_execute', {
      action: 'validate',
      service: 'dynamodb',
      operation: 'GetItem',
      payload: { TableNam: 'x' },
    });
    expect(r.isError).toBe(false);
    expect(r.data.valid).toBe(false);
    expect(JSON.stringify(r.data.errors)).toContain('TableName');
    expect(r.data.decision.effect).toBe('allow');
    expect(r.data.metadata).toEqual({ tx_id: expect.any(String) });
    const full = await call(client, 'aws_execute', {
      action: 'validate',
      service: 'dynamodb',
      operation: 'GetItem',
      payload: { TableName: 'x', Key: { id: { S: '1' } } },
      options: { metadata: 'full' },
    });
    expect(full.data.valid).toBe(true);
    expect(full.data.metadata).toEqual({
      tx_id: expect.any(String),
      service: 'dynamodb',
      operation: 'GetItem',
      region: 'us-east-1',
      modelCommit: BUNDLE_MAIN_COMMIT,
    });
  });

  it('answers bad arguments and unknown names with structured errors', async () => {
    const bad = await call(client, 'aws_search_operations', { query: 42 });
    expect(bad.isError).toBe(true);
    expect(bad.data.error.code).toBe('InvalidInput');
    const unknown = await call(client, 'aws_get_operation_schema', {
      service: 'dynamdb',
      operation: 'GetItem',
    });
    expect(unknown.isError).toBe(true);
    expect(unknown.data.error.code).toBe('UnknownService');
    expect(JSON.stringify(unknown.data.error)).toContain('dynamodb');
  });

  it('refuses to invoke an invalid payload, listing what to fix', async () => {
    const r = await call(client, 'aws_execute', {
      action: 'invoke',
      service: 'sts',
      operation: 'AssumeRole',
      payload: { RoleArn: 'arn:aws:iam::123456789012:role/x', DurationSeconds: 'an hour' },
    });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('ValidationError');
    const paths = r.data.error.details.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['$.DurationSeconds']));
    expect(JSON.stringify(r.data.error)).toContain('RoleSessionName');
  });

  it('refuses a write under the default read-only policy without calling AWS', async () => {
    const r = await call(client, 'aws_execute', {
      action: 'invoke',
      service: 'dynamodb',
      operation: 'delete-table',
      payload: { TableName: 'orders' },
    });
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('PolicyDenied');
  });
});

describe('what every prompt pays for', () => {
  it('keeps tools/list and the instructions small, and snapshots them', async () => {
    const client = await connect('legacy');
    try {
      const { tools } = await client.listTools();
      // Issue 14: names, descriptions, input schemas and instructions within 3,000 characters.
      const surface = await measureToolSurface(client);
      expect(surface.total, JSON.stringify(surface)).toBeLessThanOrEqual(3000);
      expect(JSON.stringify(tools).length).toBeLessThan(7000); // with output schemas and annotations
      // The workflow is still taught, with the rule that a human approves.
      const instructions = client.getInstructions() ?? '';
      for (const name of ['aws_search_operations', 'aws_get_operation_schema', 'aws_execute', 'requires']) {
        expect(instructions).toContain(name);
      }
      expect(instructions).toMatch(/ConfirmationRequired/);
      expect(instructions).toMatch(/Never approve on the user's behalf/);
      expect({ tools, instructions }).toMatchSnapshot();
    } finally {
      await client.close();
    }
  });
});

describe('stdio, other clients and settings', () => {
  it('serves the 1.x SDK client', async () => {
    const client = new V1Client({ name: 'v1', version: '1.0.0' });
    await client.connect(new V1StdioClientTransport(params()));
    try {
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(3);
      const r = await client.callTool({
        name: 'aws_search_operations',
        arguments: { query: 'who am i logged in as' },
      });
      expect((r.structuredContent as Structured).results[0]).toMatchObject({
        service: 'sts',
        operation: 'GetCallerIdentity',
      });
    } finally {
      await client.close();
    }
  });

  it('registers dotted names when asked', async () => {
    const client = await connect('legacy', { AWS_MCP_TOOL_NAMES: 'dotted' });
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([
        'aws.execute',
        'aws.getOperationSchema',
        'aws.searchOperations',
      ]);
    } finally {
      await client.close();
    }
  });
});

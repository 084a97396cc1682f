// One answer per question, whichever tool is asked: the risk after the policy's
// destructive_patterns, the required members, and aws_execute's annotations in read-only mode.

import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

type Structured = Record<string, any>;

async function connect(env: Record<string, string>): Promise<Client> {
  const client = new Client({ name: 'one-answer', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env: serverEnv(env), stderr: 'pipe' }),
  );
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<Structured> {
  const r = await client.callTool({ name, arguments: args });
  expect(r.isError, JSON.stringify(r.structuredContent)).not.toBe(true);
  return r.structuredContent as Structured;
}

function policyFile(lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'one-answer-')), 'policy.yaml');
  writeFileSync(file, lines.join('\n'));
  return file;
}

beforeAll(() => requireBuild());

describe('with destructive_patterns ["^s3:PutObject$"]', () => {
  let client: Client;
  beforeAll(async () => {
    const policy = policyFile(['version: 1', 'mode: standard', 'destructive_patterns: ["^s3:PutObject$"]']);
    client = await connect({ POLICY_PATH: policy });
  });
  afterAll(async () => {
    await client?.close();
  });

  it('search, schema and validate all say destructive', async () => {
    const search = await call(client, 'aws_search_operations', { query: 'PutObject', serviceHint: 's3' });
    const hit = search.results.find((r: Structured) => r.operation === 'PutObject');
    expect(hit?.risk).toBe('destructive');
    const schema = await call(client, 'aws_get_operation_schema', { service: 's3', operation: 'PutObject' });
    expect(schema.risk).toBe('destructive');
    const validated = await call(client, 'aws_execute', {
      action: 'validate',
      service: 's3',
      operation: 'PutObject',
      payload: { Bucket: 'b', Key: 'k' },
    });
    expect(validated.risk).toBe('destructive');
    // an operation no pattern matches keeps the catalog's risk everywhere
    const get = await call(client, 'aws_get_operation_schema', { service: 's3', operation: 'GetObject' });
    expect(get.risk).toBe('read');
  });

  it('lists the same required members in search and schema (required with a default)', async () => {
    const search = await call(client, 'aws_search_operations', {
      query: 'CreateDeploymentStrategy',
      serviceHint: 'appconfig',
    });
    const hit = search.results.find((r: Structured) => r.operation === 'CreateDeploymentStrategy');
    const schema = await call(client, 'aws_get_operation_schema', {
      service: 'appconfig',
      operation: 'CreateDeploymentStrategy',
    });
    // `requires` is `Name: type, ...`: the same members as the schema's `required`, typed.
    const names = (hit.requires as string).split(', ').map((m) => m.slice(0, m.indexOf(':')));
    expect([...names].sort()).toEqual([...schema.schema.required].sort());
    expect(names).not.toContain('DeploymentDurationInMinutes');
  });

  it('annotates aws_execute as a tool that can write', async () => {
    const { tools } = await client.listTools();
    const execute = tools.find((t) => t.name === 'aws_execute')!;
    expect(execute.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
  });
});

describe('in read-only mode (no POLICY_PATH)', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect({});
  });
  afterAll(async () => {
    await client?.close();
  });

  it('annotates aws_execute readOnlyHint: true, destructiveHint: false', async () => {
    const { tools } = await client.listTools();
    const execute = tools.find((t) => t.name === 'aws_execute')!;
    expect(execute.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
  });
});

// identities at the user level: a real MCP client over stdio, a policy whose `identities:` narrows
// the base policy for the local user (`match: { local: true }`), and every AWS endpoint pointing
// at a listener that counts requests. What the person's policy denies (a service outside their
// allowlist, their deny rule, a payload condition, a missing required tag, a call over their rate
// limit) is refused with the right code and never reaches the listener.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

const seen: string[] = [];
let listener: Server;
/** Requests the listener holds unanswered until the test releases them (a call in flight). */
const held: (() => void)[] = [];
let client: Client;

const POLICY = `version: 1
mode: standard
identities:
  - match: { local: true }
    services: { allowlist: [dynamodb, s3] }
    rules: { deny: ['^dynamodb:Delete.*'] }
    conditions:
      - { operation: '^dynamodb:PutItem$', where: { TableName: '^dev-' } }
    required_tags: [{ key: '^team$', value: '^(web|data)$' }]
    rate_limits: { calls_per_minute: 5, writes_per_minute: 2, concurrent_calls: 1 }
`;

beforeAll(async () => {
  requireBuild();
  listener = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? req.url);
      seen.push(`${req.method} ${target}`);
      const answer = () => res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
      if (target.endsWith('.DescribeLimits')) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'identity-e2e-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(policy, POLICY);
  client = new Client({ name: 'identity-e2e', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [BIN],
      env: serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: endpoint }),
      stderr: 'pipe',
    }),
  );
});

afterAll(async () => {
  await client?.close();
  await new Promise<void>((resolve) => listener.close(() => resolve()));
});

async function invoke(service: string, operation: string, payload: object) {
  const r = await client.callTool({
    name: 'aws_execute',
    arguments: { action: 'invoke', service, operation, payload },
  });
  const data = r.structuredContent as {
    error?: { code: string; message: string; details?: Record<string, unknown> };
  };
  return { isError: r.isError === true, error: data.error };
}

/** Expects a refusal with `code` that sent nothing. */
async function refused(code: string, service: string, operation: string, payload: object): Promise<string> {
  const before = seen.length;
  const r = await invoke(service, operation, payload);
  expect(r.isError, `${service}:${operation} should be refused`).toBe(true);
  expect(r.error?.code).toBe(code);
  expect(seen.length).toBe(before);
  return r.error!.message;
}

const tags = [{ Key: 'team', Value: 'web' }];
const table = {
  TableName: 'dev-t',
  AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
};

describe("the local user's identity rule narrows the policy", () => {
  it('search hides and the schema shows what their policy denies', async () => {
    const search = await client.callTool({
      name: 'aws_search_operations',
      arguments: { query: 'list lambda functions', serviceHint: 'lambda' },
    });
    const found = search.structuredContent as { results: { service: string }[]; hiddenByPolicy?: number };
    expect(found.results.filter((r) => r.service === 'lambda')).toEqual([]);
    expect(found.hiddenByPolicy).toBeGreaterThan(0);
    const schema = await client.callTool({
      name: 'aws_get_operation_schema',
      arguments: { service: 'dynamodb', operation: 'DeleteTable' },
    });
    expect((schema.structuredContent as { policy: { effect: string; rule: string } }).policy).toMatchObject({
      effect: 'deny',
      rule: 'identities[0].rules.deny[0]',
    });
  });

  it('refuses what the base policy allows but their rule denies, sending nothing', async () => {
    await refused('PolicyDenied', 'lambda', 'ListFunctions', {});
    await refused('PolicyDenied', 'dynamodb', 'DeleteTable', { TableName: 'dev-t' });
  });

  it('one call in flight at a time: a second is refused while the first waits, sending nothing', async () => {
    // Fixed one-minute windows: start the counted calls (this test and the next) well inside one.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 30_000) await sleep(60_000 - intoMinute + 200);
    const first = invoke('dynamodb', 'DescribeLimits', {}); // call 1, held by the listener
    while (held.length === 0) await sleep(20);
    const message = await refused('RateLimited', 'dynamodb', 'ListTables', {});
    expect(message).toContain('calls at once (1)');
    held.shift()!();
    expect((await first).isError).toBe(false);
  });

  it('payload conditions and required tags, then the rate limits', async () => {
    const validate = await client.callTool({
      name: 'aws_execute',
      arguments: {
        action: 'validate',
        service: 'dynamodb',
        operation: 'PutItem',
        payload: { TableName: 'prod', Item: { id: { S: '1' } } },
      },
    });
    expect((validate.structuredContent as { decision: object }).decision).toMatchObject({
      effect: 'deny',
      rule: 'identities[0].conditions[0]',
    });

    expect(
      await refused('PolicyDenied', 'dynamodb', 'PutItem', { TableName: 'prod', Item: { id: { S: '1' } } }),
    ).toContain("TableName matches '^dev-'");
    expect(await refused('PolicyDenied', 'dynamodb', 'CreateTable', table)).toContain("key matches '^team$'");
    expect(
      await refused('PolicyDenied', 'dynamodb', 'CreateTable', {
        ...table,
        Tags: [{ Key: 'team', Value: 'ops' }],
      }),
    ).toContain('required_tags[0]');

    const before = seen.length;
    expect((await invoke('dynamodb', 'ListTables', {})).isError).toBe(false); // call 2
    expect(
      (await invoke('dynamodb', 'PutItem', { TableName: 'dev-t', Item: { id: { S: '1' } } })).isError,
    ).toBe(false); // call 3, write 1
    expect((await invoke('dynamodb', 'CreateTable', { ...table, Tags: tags })).isError).toBe(false); // call 4, write 2
    expect(seen.length).toBe(before + 3);

    const writes = await refused('RateLimited', 'dynamodb', 'PutItem', {
      TableName: 'dev-t',
      Item: { id: { S: '2' } },
    });
    expect(writes).toContain('write calls per minute (2)');
    const r = await invoke('dynamodb', 'ListTables', {}); // call 6 > 5 calls a minute (the refused write was call 5)
    expect(r.error?.code).toBe('RateLimited');
    expect(r.error?.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(seen.length).toBe(before + 3);
  });
});

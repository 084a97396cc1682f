// "Nothing the policy denies ever reaches AWS", checked where it matters: every AWS endpoint of
// the built server points at a local listener that counts requests, and denied calls, written in
// every spelling an agent might try, must leave the count untouched.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

const seen: string[] = [];
let listener: Server;
let client: Client;

const CALLER_IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<GetCallerIdentityResult><Arn>arn:aws:iam::999999999999:user/dev</Arn><UserId>AIDEXAMPLE</UserId>
<Account>999999999999</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId>
</ResponseMetadata></GetCallerIdentityResponse>`;

beforeAll(async () => {
  requireBuild();
  listener = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push(`${req.method} ${req.headers['x-amz-target'] ?? body.slice(0, 40)}`);
      if (body.includes('Action=GetCallerIdentity')) {
        res.writeHead(200, { 'content-type': 'text/xml' }).end(CALLER_IDENTITY);
      } else {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{"TableNames":[]}');
      }
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-e2e-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    [
      'version: 1',
      'mode: standard',
      'services:',
      '  denylist: [cloudwatch-logs]',
      'rules:',
      '  deny: ["^dynamodb:Delete.*"]',
      'regions: [us-east-1, eu-west-1]',
      "accounts: ['123456789012']",
    ].join('\n'),
  );
  client = new Client({ name: 'policy-e2e', version: '1.0.0' });
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

async function invoke(service: string, operation: string, payload: object, region?: string) {
  const r = await client.callTool({
    name: 'aws_execute',
    arguments: { action: 'invoke', service, operation, payload, ...(region ? { region } : {}) },
  });
  return { isError: r.isError === true, data: r.structuredContent as any };
}

describe('policy enforcement before any request', () => {
  const table = { TableName: 'orders' };
  it.each([
    ['dynamodb', 'DeleteTable', table],
    ['DynamoDB', 'delete-table', table],
    ['dynamodb', 'delete_table', table],
    ['dynamodb', 'dynamodb:DeleteTable', table],
    ['logs', 'DescribeLogGroups', {}],
    ['cloudwatch-logs', 'describe-log-groups', {}],
    ['CloudWatch Logs', 'DescribeLogGroups', {}],
  ])('refuses %s %s without a single request', async (service, operation, payload) => {
    const before = seen.length;
    const r = await invoke(service, operation, payload);
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('PolicyDenied');
    expect(seen.length).toBe(before);
  });

  it('refuses a region outside the allowlist without a single request', async () => {
    const before = seen.length;
    const r = await invoke('dynamodb', 'ListTables', {}, 'ap-south-1');
    expect(r.data.error.code).toBe('PolicyDenied');
    expect(seen.length).toBe(before);
  });

  it('learns the account of allowed calls, and refuses a foreign account before the call itself', async () => {
    const before = seen.length;
    const r = await invoke('dynamodb', 'ListTables', {});
    expect(r.data.error.code).toBe('PolicyDenied');
    expect(r.data.error.message).toMatch(/account/i);
    // Exactly one request: the identity lookup, never the ListTables the policy refused.
    expect(seen.slice(before)).toHaveLength(1);
    expect(seen.at(-1)).toContain('GetCallerIdentity');
  });
});

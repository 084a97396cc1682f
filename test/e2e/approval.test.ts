// Human approval as users meet it: a destructive call against a real DynamoDB-wire server (dynalite)
// through the built server, approved or declined through MCP elicitation on both protocol eras, or
// through a single-use confirmation token when the client cannot be asked.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

type Structured = Record<string, any>;
let endpoint: string;
let env: Record<string, string>;
let server: ReturnType<typeof dynalite>;

beforeAll(async () => {
  requireBuild();
  server = dynalite({ createTableMs: 0, deleteTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'approval-e2e-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: 1\nmode: standard\napproval:\n  require_for: [destructive]\n');
  env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL_DYNAMODB: endpoint });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function connect(opts: { era: 'legacy' | 'modern'; answer?: 'accept' | 'decline' | 'refuse-form' }) {
  const client = new Client(
    { name: 'approval-e2e', version: '1.0.0' },
    {
      ...(opts.answer ? { capabilities: { elicitation: { form: {} } } } : {}),
      ...(opts.era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}),
    },
  );
  const asked: string[] = [];
  if (opts.answer) {
    client.setRequestHandler('elicitation/create', async (request: any) => {
      asked.push(request.params.message);
      return opts.answer === 'accept'
        ? { action: 'accept', content: { approve: true } }
        : opts.answer === 'refuse-form'
          ? { action: 'accept', content: { approve: false } }
          : { action: 'decline' };
    });
  }
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
  );
  return { client, asked };
}

async function execute(
  client: Client,
  operation: string,
  payload: Record<string, unknown>,
  options?: object,
) {
  const r = await client.callTool({
    name: 'aws_execute',
    arguments: { action: 'invoke', service: 'dynamodb', operation, payload, ...(options ? { options } : {}) },
  });
  return { isError: r.isError === true, data: r.structuredContent as Structured };
}

async function createTable(client: Client, name: string) {
  const r = await execute(client, 'CreateTable', {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  expect(r.isError, JSON.stringify(r.data)).toBe(false);
}

async function tableNames(client: Client): Promise<string[]> {
  const r = await execute(client, 'ListTables', {});
  return r.data.result.TableNames;
}

describe.each(['legacy', 'modern'] as const)('elicitation on the %s protocol era', (era) => {
  it('runs a destructive call once the user approves, showing what will run', async () => {
    const { client, asked } = await connect({ era, answer: 'accept' });
    try {
      await createTable(client, `approved-${era}`);
      const r = await execute(client, 'DeleteTable', { TableName: `approved-${era}` });
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      expect(r.data.metadata.approval).toBe('elicitation');
      expect(asked).toHaveLength(1);
      expect(asked[0]).toContain('dynamodb:DeleteTable');
      expect(asked[0]).toContain(`approved-${era}`);
      expect(await tableNames(client)).not.toContain(`approved-${era}`);
    } finally {
      await client.close();
    }
  });

  it.each(['decline', 'refuse-form'] as const)('runs nothing when the user says no (%s)', async (answer) => {
    const { client, asked } = await connect({ era, answer });
    const table = `kept-${era}-${answer}`;
    try {
      await createTable(client, table);
      const r = await execute(client, 'DeleteTable', { TableName: table });
      expect(r.isError).toBe(true);
      expect(r.data.error.code).toBe('ApprovalDeclined');
      expect(asked).toHaveLength(1);
      expect(await tableNames(client)).toContain(table);
    } finally {
      await client.close();
    }
  });
});

describe('confirmation token, for clients that cannot be asked', () => {
  it('returns a token bound to the request, which runs it exactly once', async () => {
    const { client } = await connect({ era: 'legacy' });
    try {
      await createTable(client, 'token-table');
      const first = await execute(client, 'DeleteTable', { TableName: 'token-table' });
      expect(first.isError).toBe(true);
      expect(first.data.error.code).toBe('ConfirmationRequired');
      const { confirmationToken, expiresAt } = first.data.error.details;
      expect(confirmationToken).toEqual(expect.any(String));
      expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(50 * 60 * 1000);
      expect(await tableNames(client)).toContain('token-table');

      const tampered = await execute(
        client,
        'DeleteTable',
        { TableName: 'other-table' },
        { confirmationToken },
      );
      expect(tampered.data.error.code).toBe('InvalidConfirmationToken');

      const second = await execute(
        client,
        'DeleteTable',
        { TableName: 'token-table' },
        { confirmationToken },
      );
      expect(second.isError, JSON.stringify(second.data)).toBe(false);
      expect(second.data.metadata.approval).toBe('token');
      expect(await tableNames(client)).not.toContain('token-table');

      const replay = await execute(
        client,
        'DeleteTable',
        { TableName: 'token-table' },
        { confirmationToken },
      );
      expect(replay.isError).toBe(true);
      expect(replay.data.error.code).toBe('InvalidConfirmationToken');
    } finally {
      await client.close();
    }
  });
});

describe('out-of-band approval, which an agent cannot give itself', () => {
  it('runs only after a person approves the request id at a terminal', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oob-e2e-'));
    const policy = path.join(dir, 'policy.yaml');
    writeFileSync(policy, 'version: 1\nmode: standard\napproval:\n  mode: out-of-band\n');
    const oobEnv = { ...env, POLICY_PATH: policy, AUDIT_DB_PATH: path.join(dir, 'audit.db') };
    const client = new Client(
      { name: 'oob-e2e', version: '1.0.0' },
      { capabilities: { elicitation: { form: {} } } },
    );
    client.setRequestHandler('elicitation/create', async () => ({
      action: 'accept',
      content: { approve: true },
    }));
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [BIN], env: oobEnv, stderr: 'pipe' }),
    );
    try {
      await createTable(client, 'oob-table');
      const first = await execute(client, 'DeleteTable', { TableName: 'oob-table' });
      expect(first.data.error.code).toBe('ConfirmationRequired');
      const { confirmationToken, approvalId } = first.data.error.details;
      expect(first.data.error.hint).toContain(`aws-tool-mcp approve ${approvalId}`);

      // The token alone is not enough, and an elicitation-capable client is not asked either.
      const early = await execute(client, 'DeleteTable', { TableName: 'oob-table' }, { confirmationToken });
      expect(early.data.error.code).toBe('ConfirmationRequired');
      expect(await tableNames(client)).toContain('oob-table');

      const approved = await promisify(execFile)(process.execPath, [BIN, 'approve', approvalId], {
        env: oobEnv,
      });
      expect(approved.stdout).toContain(`Approved ${approvalId}`);

      const done = await execute(client, 'DeleteTable', { TableName: 'oob-table' }, { confirmationToken });
      expect(done.isError, JSON.stringify(done.data)).toBe(false);
      expect(done.data.metadata.approval).toBe('out-of-band');
      expect(await tableNames(client)).not.toContain('oob-table');
    } finally {
      await client.close();
    }
  });
});

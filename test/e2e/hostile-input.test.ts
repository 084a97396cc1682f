// Issue 9, item 5, through real MCP clients on both protocol eras: names with control or invisible
// characters are refused by every tool, a malformed options.roleArn is refused, and a locked audit
// database refuses calls (AuditUnavailable) without making the server stop answering.

import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedEndpoint, writeStandardPolicy } from '../helpers/emulators.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

type Structured = Record<string, any>;
const require = createRequire(import.meta.url);

async function connect(era: 'legacy' | 'modern') {
  const env = serverEnv({
    POLICY_PATH: writeStandardPolicy("roles: ['arn:aws:iam::111111111111:role/allowed-*']\n"),
    AWS_ENDPOINT_URL: await closedEndpoint(),
  });
  const client = new Client(
    { name: 'hostile-input-e2e', version: '1.0.0' },
    era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {},
  );
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
  );
  const call = async (name: string, args: Record<string, unknown>) => {
    const r = await client.callTool({ name, arguments: args });
    return { isError: r.isError === true, data: r.structuredContent as Structured };
  };
  return { client, env, call };
}

/** A second process holding the audit database's write lock until stopped. */
async function holdWriteLock(file: string): Promise<{ release(): Promise<void> }> {
  const code = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(process.argv[1]);
    db.prepare('BEGIN IMMEDIATE').run();
    console.log('LOCKED');
    process.stdin.on('end', () => { db.prepare('COMMIT').run(); db.close(); process.exit(0); }).resume();`;
  const child: ChildProcess = spawn(process.execPath, ['-e', code, file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('LOCKED') && resolve());
    child.on('exit', (c) => reject(new Error(`lock holder exited with ${c}`)));
  });
  return {
    release: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.end();
      await exited;
    },
  };
}

describe.each(['legacy', 'modern'] as const)('hostile input (%s era)', (era) => {
  let s: Awaited<ReturnType<typeof connect>>;
  beforeAll(async () => {
    requireBuild();
    s = await connect(era);
  });
  afterAll(async () => {
    await s?.client.close();
  });

  it.each([
    ['aws_search_operations', { query: 'list tables', serviceHint: 'dynamodb\u0000' }],
    ['aws_search_operations', { query: 'list tables', serviceHint: 'dynamo\u200bdb' }],
    ['aws_get_operation_schema', { service: 'dynamodb', operation: 'List\u0000Tables' }],
    ['aws_get_operation_schema', { service: 'dynamodb\u202e', operation: 'ListTables' }],
    ['aws_execute', { action: 'validate', service: 'dynamodb\u0000', operation: 'ListTables' }],
    ['aws_execute', { action: 'invoke', service: 'dynamodb', operation: 'List\u0000Tables' }],
    ['aws_execute', { action: 'invoke', service: 'dynamodb', operation: 'ListTables\u2066' }],
  ])('%s refuses %j with InvalidInput', async (tool, args) => {
    const r = await s.call(tool, args);
    expect(r.isError).toBe(true);
    expect(r.data.error.code).toBe('InvalidInput');
  });

  it('refuses a role ARN with a trailing new line, even where a roles pattern would match it', async () => {
    for (const action of ['validate', 'invoke']) {
      const r = await s.call('aws_execute', {
        action,
        service: 'dynamodb',
        operation: 'ListTables',
        options: { roleArn: 'arn:aws:iam::111111111111:role/allowed-x\n' },
      });
      expect(r.data.error.code).toBe('InvalidInput');
      expect(r.data.error.message).toMatch(/roleArn/);
    }
  });

  it('refuses calls while another process locks the audit database, and keeps answering', async () => {
    const lock = await holdWriteLock(s.env.AUDIT_DB_PATH!);
    try {
      const listTables = { action: 'validate', service: 'dynamodb', operation: 'ListTables' };
      const blocked = await s.call('aws_execute', listTables);
      expect(blocked.data.error.code).toBe('AuditUnavailable');
      // Sent after the refused call, while the lock is still held: every one is answered.
      const [again, ping, search] = await Promise.all([
        s.call('aws_execute', listTables),
        // The 2026-07-28 era has no ping: listing the tools is its cheapest request.
        era === 'legacy' ? s.client.ping() : s.client.listTools(),
        s.call('aws_search_operations', { query: 'list dynamodb tables', limit: 1 }),
      ]);
      expect(again.data.error.code).toBe('AuditUnavailable');
      expect(ping).toBeDefined();
      expect(search.isError).toBe(false);
    } finally {
      await lock.release();
    }
    const after = await s.call('aws_execute', {
      action: 'validate',
      service: 'dynamodb',
      operation: 'ListTables',
    });
    expect(after.isError).toBe(false);
    expect(after.data.valid).toBe(true);
  });
});

// Issue 9 §3, as users meet it: a secret in a payload (mq CreateUser Password, which the model does
// not mark sensitive, and the other representative members) goes through validate, invoke, the
// token approval and the audit, through the built server and a real MCP client of each protocol
// era. The secret reaches the AWS endpoint (a local capture server) and nothing else: not the tool
// results, not the approvals table or the audit rows (database, -wal and -shm), not the logs.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture.js';
import { CASES, connect, emptySuccess, filesOf, leaks, randomSecret } from '../helpers/secret-scan.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

let capture: CaptureServer;
let policy: string;

beforeAll(async () => {
  requireBuild();
  capture = await startCaptureServer(emptySuccess);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-e2e-'));
  policy = path.join(dir, 'policy.yaml');
  writeFileSync(
    policy,
    'version: 1\nmode: standard\napproval:\n  require_for: [destructive, write]\n  mode: token\n',
  );
});

afterAll(() => capture.close());

describe.each(['v2-legacy', 'v2-modern', 'v1'] as const)('a secret over the %s client', (kind) => {
  it.each(CASES)('$service $operation: the secret reaches the endpoint and nothing else', async (c) => {
    const secret = (c.secret ?? randomSecret)();
    const env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: capture.url, LOG_LEVEL: 'debug' });
    const { call, close, stderr } = await connect(kind, env);
    const results: unknown[] = [];
    const places: Record<string, Buffer | string> = {};
    try {
      const base = { service: c.service, operation: c.operation, payload: c.payload(secret) };
      const validated = await call('aws_execute', { action: 'validate', ...base });
      results.push(validated.data);
      expect(validated.isError, JSON.stringify(validated.data)).toBe(false);

      const first = await call('aws_execute', { action: 'invoke', ...base });
      results.push(first.data);
      const error = first.data.structured.error;
      expect(error.code, JSON.stringify(first.data)).toBe('ConfirmationRequired');
      // What the person approves still names the request.
      if (c.visible) expect(JSON.stringify(error.details.request.keyParameters)).toContain(c.visible);

      const token = error.details.confirmationToken;
      const second = await call('aws_execute', {
        action: 'invoke',
        ...base,
        options: { confirmationToken: token },
      });
      results.push(second.data);
      expect(second.isError, JSON.stringify(second.data)).toBe(false);
      // While the server runs, the WAL holds the recent writes.
      for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`open ${path.basename(f)}`] = readFileSync(f);
    } finally {
      await close();
    }
    const sent = capture.take().map((r) => r.body);
    // The check works: the secret was really in the flow, and went where it must.
    expect(leaks(secret, { endpoint: Buffer.concat(sent) })).toEqual(['endpoint']);
    places['tool results'] = JSON.stringify(results);
    places.logs = stderr();
    for (const f of filesOf(env.AUDIT_DB_PATH!)) places[`closed ${path.basename(f)}`] = readFileSync(f);
    expect(Object.keys(places)).toEqual(expect.arrayContaining(['open audit.db-wal', 'closed audit.db']));
    expect(leaks(secret, places)).toEqual([]);
  });
});

describe('validate echoes the payload without its secrets', () => {
  it('a numeric password coerced to a string is hidden in the payload and the coercion list', async () => {
    const env = serverEnv({ POLICY_PATH: policy, AWS_ENDPOINT_URL: capture.url });
    const { call, close } = await connect('v2-legacy', env);
    try {
      const digits = String(10_000_000_000 + (randomBytes(4).readUInt32BE() % 1_000_000_000));
      const r = await call('aws_execute', {
        action: 'validate',
        service: 'mq',
        operation: 'CreateUser',
        payload: { BrokerId: 'b-1', Username: 'u', Password: Number(digits) },
      });
      expect(r.isError, JSON.stringify(r.data)).toBe(false);
      const out = r.data.structured;
      expect(out.payload).toEqual({ BrokerId: 'b-1', Username: 'u', Password: '<redacted>' });
      expect(out.coercions).toEqual([{ path: '$.Password', from: '<redacted>', to: '<redacted>' }]);
      expect(JSON.stringify(r.data)).not.toContain(digits);
    } finally {
      await close();
    }
  });
});

describe('the elicitation prompt', () => {
  it.each(['legacy', 'modern'] as const)(
    'shows what runs but not the secret (%s era), and the approved call runs',
    async (era) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-elicit-'));
      const elicitPolicy = path.join(dir, 'policy.yaml');
      writeFileSync(
        elicitPolicy,
        'version: 1\nmode: standard\napproval:\n  require_for: [destructive, write]\n',
      );
      const env = serverEnv({ POLICY_PATH: elicitPolicy, AWS_ENDPOINT_URL: capture.url, LOG_LEVEL: 'debug' });
      const client = new Client(
        { name: 'secrets-elicit', version: '1.0.0' },
        {
          capabilities: { elicitation: { form: {} } },
          ...(era === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}),
        },
      );
      const asked: unknown[] = [];
      client.setRequestHandler('elicitation/create', async (request: any) => {
        asked.push(request.params);
        return { action: 'accept', content: { approve: true } };
      });
      const transport = new StdioClientTransport({
        command: process.execPath,
        args: [BIN],
        env,
        stderr: 'pipe',
      });
      let stderr = '';
      transport.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      await client.connect(transport);
      const secret = randomSecret();
      let result: unknown;
      try {
        const r = await client.callTool({
          name: 'aws_execute',
          arguments: {
            action: 'invoke',
            service: 'mq',
            operation: 'CreateUser',
            payload: { BrokerId: 'b-elicit', Username: 'u', Password: secret },
          },
        });
        result = r;
        expect(r.isError, JSON.stringify(r)).not.toBe(true);
      } finally {
        await client.close();
      }
      expect(asked).toHaveLength(1);
      expect(JSON.stringify(asked)).toContain('b-elicit');
      expect(leaks(secret, { endpoint: Buffer.concat(capture.take().map((r) => r.body)) })).toEqual([
        'endpoint',
      ]);
      const places: Record<string, Buffer | string> = {
        prompt: JSON.stringify(asked),
        'tool result': JSON.stringify(result),
        logs: stderr,
      };
      for (const f of filesOf(env.AUDIT_DB_PATH!)) places[path.basename(f)] = readFileSync(f);
      expect(leaks(secret, places)).toEqual([]);
    },
  );
});

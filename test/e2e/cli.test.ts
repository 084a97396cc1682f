// The binary's human commands, run as a person would: exit codes, stdout, and the one startup
// error that lists every bad setting.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';
import { REPO_ROOT } from '../helpers/paths.js';

const run = async (args: string[], env: Record<string, string>) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      env,
      cwd: os.tmpdir(),
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

beforeAll(() => requireBuild());

describe('aws-tool-mcp CLI', () => {
  it('prints help and version', async () => {
    const help = await run(['help'], serverEnv());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('policy explain');
    const version = await run(['--version'], serverEnv());
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('stops at startup with every bad setting listed', async () => {
    const r = await run(['serve'], serverEnv({ SMITHY_AUTO_SYNC: 'sometimes', LOG_LEVEL: 'loud' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SMITHY_AUTO_SYNC="sometimes"');
    expect(r.stderr).toContain('LOG_LEVEL="loud"');
  });

  it('searches and prints schemas', async () => {
    const search = await run(['search', 'tail', 'a', 'log', 'group'], serverEnv());
    expect(search.code).toBe(0);
    expect(JSON.parse(search.stdout).results[0].service).toBe('logs');
    const schema = await run(['schema', 'sts', 'get-caller-identity'], serverEnv());
    expect(JSON.parse(schema.stdout).operation).toBe('GetCallerIdentity');
  });

  it('checks and explains policies', async () => {
    const example = path.join(REPO_ROOT, 'policy.example.yaml');
    const check = await run(['policy', 'check', example], serverEnv());
    expect(check.code, check.stderr).toBe(0);
    const explain = await run(['policy', 'explain', 's3:DeleteBucket'], serverEnv({ POLICY_PATH: example }));
    expect(explain.stdout).toMatch(/deny/i);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-policy-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'version: 1\nmode: standard\nservices:\n  denylist: [not-a-service]\nrules:\n  deny: ["(a+)+$"]\n',
    );
    const broken = await run(['policy', 'check', bad], serverEnv());
    expect(broken.code).not.toBe(0);
    const said = broken.stdout + broken.stderr;
    expect(said).toMatch(/bad\.yaml:4:\d+: services\.denylist: Unknown AWS service "not-a-service"/);
    expect(said).toMatch(/bad\.yaml:6:\d+: rules\.deny\[0\].*catastrophic backtracking/);
  });

  it('shows the audit trail of execute calls, as JSON lines, secrets redacted', async () => {
    const env = serverEnv();
    const client = new Client({ name: 'cli-e2e', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
    );
    let txId: string;
    try {
      const r = await client.callTool({
        name: 'aws_execute',
        arguments: {
          action: 'validate',
          service: 'secretsmanager',
          operation: 'CreateSecret',
          payload: { Name: 'db-password', SecretString: 'hunter2-very-secret' },
        },
      });
      txId = (r.structuredContent as any).metadata.tx_id;
    } finally {
      await client.close();
    }
    const audit = await run(['audit', '--json'], env);
    expect(audit.code, audit.stderr).toBe(0);
    const records = audit.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const record = records.find((x) => JSON.stringify(x).includes(txId));
    expect(record).toBeDefined();
    expect(JSON.stringify(record)).toContain('CreateSecret');
    expect(audit.stdout).not.toContain('hunter2-very-secret');
  });
});

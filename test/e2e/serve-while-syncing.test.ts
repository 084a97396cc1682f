// A first start whose model clone is slow: the server answers initialize and tools/list while git
// is still cloning, a tool call waits (with progress notifications) instead of failing or reading
// a half-written tree, and answers from the complete models once the clone is done.
// The slow remote is a git `ext::` remote whose upload-pack waits until the test releases it.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_MAIN_COMMIT, TEST_MODELS_DIR } from '../helpers/paths.js';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';
import { expectAnswersFromCommit } from '../helpers/until-synced.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'serve-while-syncing-'));
const release = path.join(dir, 'release');
const asked = path.join(dir, 'asked');
const modelPath = path.join(dir, 'models');

/** git runs `<script> git-upload-pack <repo>`; it serves only after `release` exists. */
function slowRemote(): string {
  const script = path.join(dir, 'slow-upload-pack.sh');
  writeFileSync(
    script,
    `#!/bin/sh\ntouch '${asked}'\nwhile [ ! -f '${release}' ]; do sleep 0.05; done\nexec git upload-pack "$2"\n`,
  );
  chmodSync(script, 0o755);
  return `ext::${script} %S ${TEST_MODELS_DIR}`;
}

let client: Client;
beforeAll(async () => {
  requireBuild();
  const env = serverEnv({
    SMITHY_AUTO_SYNC: 'true',
    SMITHY_SYNC_URL: slowRemote(),
    SMITHY_MODEL_PATH: modelPath,
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'protocol.ext.allow',
    GIT_CONFIG_VALUE_0: 'always',
  });
  client = new Client({ name: 'e2e-slow-sync', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [BIN], env, stderr: 'pipe' }),
  );
});
afterAll(async () => {
  writeFileSync(release, '');
  await client?.close();
});

const waitFor = async (done: () => boolean): Promise<void> => {
  while (!done()) await new Promise((r) => setTimeout(r, 20));
};

describe('first start with a slow model clone', () => {
  it('serves initialize and tools/list while the clone is still running', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'aws_execute',
      'aws_get_operation_schema',
      'aws_search_operations',
    ]);
    await waitFor(() => existsSync(asked)); // git is connected to the remote and held there
    expect(existsSync(modelPath)).toBe(false);
  });

  it('holds a search with progress notifications, then answers from the whole tree', async () => {
    const progress: string[] = [];
    const call = client.callTool(
      { name: 'aws_search_operations', arguments: { query: 'list my s3 buckets' } },
      { onprogress: (p) => void progress.push(p.message ?? '') },
    );
    await waitFor(() => progress.length >= 1);
    expect(progress[0]).toMatch(/^Syncing the AWS models: \d+ s so far, about \d+ s left\.$/);
    expect(existsSync(modelPath)).toBe(false); // still cloning: nothing was answered from it
    writeFileSync(release, '');
    // A call that outlasts the gate's longest wait (a slow machine) is answered ModelsSyncing with
    // an estimate and retried as told. Either way no answer comes from a partial tree.
    await expectAnswersFromCommit(client, BUNDLE_MAIN_COMMIT, call);
  });
});

describe('a start whose policy file is invalid', () => {
  it('runs nothing, answers PolicyDenied with the problems, and recovers once the file is fixed', async () => {
    const policy = path.join(dir, 'policy.yaml');
    writeFileSync(policy, 'version: 1\nmode: standard\nservices:\n  denylist: [not-a-service]\n');
    const broken = new Client({ name: 'e2e-bad-policy', version: '1.0.0' });
    await broken.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [BIN],
        env: serverEnv({ POLICY_PATH: policy }),
        stderr: 'pipe',
      }),
    );
    try {
      const args = { query: 'list my s3 buckets' };
      const refused = await broken.callTool({ name: 'aws_search_operations', arguments: args });
      expect(refused.isError).toBe(true);
      const error = (refused.structuredContent as { error: { code: string; hint: string } }).error;
      expect(error.code).toBe('PolicyDenied');
      expect(error.hint).toMatch(
        /policy\.yaml:4:\d+: services\.denylist: Unknown AWS service "not-a-service"/,
      );
      writeFileSync(policy, 'version: 1\nmode: read-only\n');
      const fixed = await broken.callTool({ name: 'aws_search_operations', arguments: args });
      expect(fixed.isError, JSON.stringify(fixed.structuredContent)).not.toBe(true);
    } finally {
      await broken.close();
    }
  });
});

describe('the start hosts run (no arguments)', () => {
  it('stops with every bad setting listed before serving anything', () => {
    const r = spawnSync(process.execPath, [BIN], {
      env: serverEnv({ SMITHY_AUTO_SYNC: 'sometimes', LOG_LEVEL: 'loud' }),
      input: '',
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('SMITHY_AUTO_SYNC="sometimes"');
    expect(r.stderr).toContain('LOG_LEVEL="loud"');
  });
});

// The built server's first answers come from its stdio prelude (the SDK's answers recorded at
// build time); the SDK then answers the same requests again and the server compares and drops
// them. Here the host gets each answer exactly once, the SDK agrees with every recorded answer
// (no warning), and calls after the handoff are served, for both tool namings and policy modes.

import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, requireBuild, serverEnv } from '../helpers/server-env.js';

interface Answer {
  id?: unknown;
  result?: { tools?: { name: string; annotations?: { readOnlyHint?: boolean } }[] };
  error?: unknown;
}

/** Sends the whole opening and a first call in one write, as a fast host does; reads to id 3. */
async function opening(
  env: Record<string, string>,
  naming: string,
): Promise<{ answers: Answer[]; stderr: string }> {
  const child = spawn(process.execPath, [BIN], { env: serverEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const answers: Answer[] = [];
  const done = new Promise<void>((resolve) =>
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      const lines = stdout.split('\n');
      stdout = lines.pop() ?? '';
      for (const l of lines) answers.push(JSON.parse(l) as Answer);
      if (answers.some((a) => a.id === 3)) resolve();
    }),
  );
  const line = (m: object): string => `${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`;
  child.stdin.write(
    line({
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e', version: '1' } },
    }) +
      line({ method: 'notifications/initialized' }) +
      line({ id: 2, method: 'tools/list' }) +
      line({
        id: 3,
        method: 'tools/call',
        params: {
          name: `aws${naming === 'dotted' ? '.searchOperations' : '_search_operations'}`,
          arguments: { query: 'list s3 buckets' },
        },
      }),
  );
  await done;
  child.stdin.end();
  await new Promise((resolve) => child.once('exit', resolve));
  return { answers, stderr };
}

beforeAll(() => requireBuild());

describe.each([
  { naming: 'underscore', mode: 'read-only' },
  { naming: 'dotted', mode: 'standard' },
])('stdio prelude, $naming names, $mode policy', ({ naming, mode }) => {
  it('answers each request once, as the SDK does, and hands the connection over', async () => {
    const env: Record<string, string> = { AWS_MCP_TOOL_NAMES: naming };
    if (mode === 'standard') {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'prelude-policy-')), 'policy.yaml');
      writeFileSync(file, 'version: 1\nmode: standard\n');
      env.POLICY_PATH = file;
    }
    const { answers, stderr } = await opening(env, naming);
    expect(answers.map((a) => a.id)).toEqual([1, 2, 3]);
    const tools = answers[1]!.result!.tools!;
    expect(tools.map((t) => t.name)).toContain(naming === 'dotted' ? 'aws.execute' : 'aws_execute');
    const execute = tools.find((t) => t.name.endsWith('execute'))!;
    expect(execute.annotations?.readOnlyHint).toBe(mode === 'read-only');
    expect(answers[2]!.error).toBeUndefined();
    expect(JSON.stringify(answers[2]!.result)).toContain('ListBuckets');
    expect(stderr).not.toContain('answered differently');
  });
});

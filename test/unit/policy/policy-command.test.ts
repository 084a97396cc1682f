// `aws-tool-mcp policy check|explain` as functions: exit codes and what a person reads.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { policyCommand } from '../../../src/cli/policy-command.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';

let catalog: Catalog;
let dir: string;
beforeAll(async () => {
  catalog = await openBundleCatalog();
  dir = mkdtempSync(path.join(os.tmpdir(), 'policy-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], policyPath?: string): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await policyCommand(args, { catalog, policyPath, out: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
}

describe('policy check', () => {
  it('accepts the example and summarises it', async () => {
    const r = await run(['check', path.join(REPO_ROOT, 'policy.example.yaml')]);
    expect(r.code).toBe(0);
    expect(r.text).toContain('mode: standard');
  });

  it('reports every problem with its line and exits 1', async () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\nmode: standard\nservices:\n  denylist: [nosuchservice]\nrulez: {}\n');
    const r = await run(['check', file]);
    expect(r.code).toBe(1);
    expect(r.text).toContain(`${file}:4:`);
    expect(r.text).toContain(`${file}:5:`);
  });

  it('without a file: the built-in read-only policy', async () => {
    const r = await run(['check']);
    expect(r.code).toBe(0);
    expect(r.text).toContain('builtin:read-only');
  });
});

describe('policy explain', () => {
  it('prints the decision, the rule and the steps', async () => {
    const file = path.join(dir, 'p.yaml');
    writeFileSync(file, 'version: 1\nmode: standard\nrules:\n  deny: ["^s3:DeleteBucket$"]\n');
    const r = await run(['explain', 's3:DeleteBucket', '--region', 'eu-west-1'], file);
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/decision: DENY \[rules\.deny\[0\]\]/);
    expect(r.text).toContain('line 4');
    const ok = await run(['explain', 'cloudwatch-logs:describe-log-groups'], file);
    expect(ok.text).toMatch(/logs:DescribeLogGroups \(read\)/);
    expect(ok.text).toMatch(/decision: ALLOW/);
  });

  it('an unknown operation or bad usage exits non-zero', async () => {
    expect((await run(['explain', 's3:NoSuchThing'])).code).toBe(2);
    expect((await run(['explain'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

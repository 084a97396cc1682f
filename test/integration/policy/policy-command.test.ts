// `aws-tool-mcp policy check|explain` as functions: exit codes and what a person reads.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { EXPLAIN_EXIT, policyCommand } from '../../../src/cli/policy-command.js';
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
  const code = await policyCommand(args, {
    catalog: async () => catalog,
    policyPath,
    out: (l) => lines.push(l),
  });
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
    expect(r.code).toBe(EXPLAIN_EXIT.deny);
    expect(r.text).toMatch(/decision: DENY \[rules\.deny\[0\]\]/);
    expect(r.text).toContain('line 4');
    const ok = await run(['explain', 'cloudwatch-logs:describe-log-groups'], file);
    expect(ok.text).toMatch(/logs:DescribeLogGroups \(read\)/);
    expect(ok.text).toMatch(/decision: ALLOW/);
  });

  it('an unknown operation is an error (1), bad usage exits 2', async () => {
    const unknown = await run(['explain', 's3:NoSuchThing']);
    expect(unknown.code).toBe(EXPLAIN_EXIT.error);
    expect(unknown.text).toContain('aws-tool-mcp search <words> --service s3');
    expect(unknown.text).not.toContain('aws_search_operations');
    expect((await run(['explain'])).code).toBe(2);
    expect((await run(['explain', 's3'])).code).toBe(2);
    expect((await run(['explain', 's3:ListBuckets', '--polcy', 'x.yaml'])).code).toBe(2);
    expect((await run(['explain', 's3:ListBuckets', '--policy'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('takes service:Operation or service Operation, and --policy over POLICY_PATH', async () => {
    const file = path.join(dir, 'confirm.yaml');
    writeFileSync(file, 'version: 1\nmode: standard\n');
    const colon = await run(['explain', 'dynamodb:DeleteTable', '--policy', file]);
    const spaced = await run(['explain', 'dynamodb', 'DeleteTable', '--policy', file]);
    expect(colon.code).toBe(EXPLAIN_EXIT.confirm);
    expect(spaced).toEqual(colon);
    expect(colon.text).toContain(`under ${file}`);
    // Without --policy the built-in read-only policy denies a write.
    expect((await run(['explain', 'dynamodb:DeleteTable'])).code).toBe(EXPLAIN_EXIT.deny);
    expect((await run(['explain', 's3', 'ListBuckets'])).code).toBe(EXPLAIN_EXIT.allow);
  });

  it('a missing policy file is named, not a raw ENOENT', async () => {
    const missing = path.join(dir, 'nope.yaml');
    for (const r of [
      await run(['explain', 's3:ListBuckets', '--policy', missing]),
      await run(['explain', 's3:ListBuckets'], missing),
      await run(['check', missing]),
    ]) {
      expect(r.code).toBe(1);
      expect(r.text).toContain(`The policy file ${missing}`);
      expect(r.text).toContain('does not exist');
      expect(r.text).not.toMatch(/ENOENT|:0:0/);
    }
  });

  it('--help prints help and exits 0, for the group and each subcommand', async () => {
    for (const args of [['--help'], ['check', '--help'], ['explain', '-h'], ['explain', 's3:X', '--help']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.text).toMatch(/^usage: aws-tool-mcp policy/);
    }
    expect((await run(['explain', '--help'])).text).toContain('0 allow, 3 deny, 4 needs human approval');
  });
});

// Loading policy.yaml against the real catalog: problems name their line, aliases resolve,
// the shipped example loads.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import { loadPolicy, parsePolicy, PolicyLoadError } from '../../../src/policy/load.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await openBundleCatalog();
});

function problems(text: string): { line: number; message: string }[] {
  try {
    parsePolicy(text, catalog);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyLoadError);
    return (e as PolicyLoadError).problems.map((p) => ({ line: p.line, message: p.message }));
  }
  throw new Error('policy loaded without problems');
}

describe('policy load errors name the line', () => {
  it('unknown service in a list', () => {
    const p = problems('version: 1\nmode: standard\nservices:\n  denylist: [iam, s4]\n');
    expect(p).toHaveLength(1);
    expect(p[0]!.line).toBe(4);
    expect(p[0]!.message).toMatch(/s4/);
  });

  it('unknown service in a rule prefix', () => {
    const p = problems('version: 1\nrules:\n  deny:\n    - "^Delete.*"\n    - "^lamda:Invoke"\n');
    expect(p).toEqual([{ line: 5, message: expect.stringMatching(/rules\.deny\[1\].*lamda/) }]);
  });

  it('invalid regex', () => {
    const p = problems('version: 1\nrules:\n  allow:\n    - "^s3:Get(.*"\n');
    expect(p).toEqual([{ line: 4, message: expect.stringMatching(/invalid regular expression/) }]);
  });

  it.each(['(a+)+', '(a|a)*', '^s3:(Get.*)+$', '(x*){2,}', 'a'.repeat(201), '(a)\\1'])(
    'catastrophic or non-regular regex %s',
    (pattern) => {
      const p = problems(`version: 1\nmode: standard\n\nrules:\n  deny: ['${pattern}']\n`);
      expect(p).toHaveLength(1);
      expect(p[0]!.line).toBe(5);
    },
  );

  it('unknown keys at the top and nested, so typos never weaken the policy', () => {
    const p = problems(
      'version: 1\nmode: standard\nservice:\n  denylist: [iam]\nrules:\n  denny: ["^Delete"]\n',
    );
    expect(p.map((x) => x.line)).toEqual([3, 6]);
    expect(p[0]!.message).toMatch(/unknown key 'service'/);
    expect(p[1]!.message).toMatch(/unknown key 'rules.denny'/);
  });

  it('bad values and all problems at once', () => {
    const p = problems(
      'version: 2\nmode: yolo\napproval:\n  require_for: [write, scary]\n  ttl_seconds: -1\nregions: [us-east-1, moon-1]\naccounts: [12345]\n',
    );
    expect(p.map((x) => x.line)).toEqual([1, 2, 4, 5, 6, 7]);
  });

  it('a duplicated key is an error (the second would silently replace the first)', () => {
    const p = problems('version: 1\nrules:\n  deny: ["^iam:.*"]\n  deny: ["^Delete.*"]\n');
    expect(p).toHaveLength(1);
    expect(p[0]!.line).toBe(4);
  });

  it('YAML syntax errors carry a line', () => {
    const p = problems('version: 1\nrules:\n  deny: [unclosed\n');
    expect(p[0]!.line).toBeGreaterThan(0);
  });

  it('a configured but missing file is an error, not a silent default', () => {
    expect(() => loadPolicy('/nonexistent/policy.yaml', catalog)).toThrow(PolicyLoadError);
  });
});

describe('policy load', () => {
  it('resolves service aliases to canonical ids and canonicalises rule prefixes', () => {
    const p = parsePolicy(
      'version: 1\nmode: standard\nservices:\n  allowlist: [cloudwatch-logs, s3api]\nrules:\n  allow: ["^cloudwatch-logs:Get.*"]\n',
      catalog,
    );
    expect([...p.services.allow!]).toEqual(['logs', 's3']);
    expect(p.rules.allow![0]!.pattern).toBe('^logs:Get.*');
  });

  it('defaults: read-only when mode is absent, destructive always needs approval', () => {
    const p = parsePolicy('version: 1\napproval:\n  require_for: [write]\n', catalog);
    expect(p.mode).toBe('read-only');
    expect([...p.approval.requireFor].sort()).toEqual(['destructive', 'write']);
    expect(p.approval.ttlSeconds).toBe(3600);
    expect(p.approval.mode).toBe('elicit-or-token');
  });

  it('no path: the built-in read-only policy', () => {
    const p = loadPolicy(undefined, catalog);
    expect(p.mode).toBe('read-only');
    expect(p.source).toBe('builtin:read-only');
  });

  it('the documented example at the repo root loads', () => {
    const p = loadPolicy(path.join(REPO_ROOT, 'policy.example.yaml'), catalog);
    expect(p.mode).toBe('standard');
    expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

// identities: the issue's example loads and decides per person; matching semantics; Forbidden;
// local principals; load errors name their line; `policy explain --as`.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusalToDecide } from '../../../src/approval/four-eyes.js';
import type { Catalog } from '../../../src/catalog/types.js';
import { EXPLAIN_EXIT, policyCommand } from '../../../src/cli/policy-command.js';
import { isToolError } from '../../../src/errors/tool-error.js';
import { principalKey, type Principal } from '../../../src/identity/principal.js';
import { decide } from '../../../src/policy/decide.js';
import { effectivePolicy } from '../../../src/policy/identities.js';
import type { PolicyLoadError } from '../../../src/policy/load.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { openBundleCatalog } from '../catalog/bundle-catalog.js';
import { ISSUE_EXAMPLE } from './issue-example.js';

let catalog: Catalog;
let dir: string;
beforeAll(async () => {
  catalog = await openBundleCatalog();
  dir = mkdtempSync(path.join(os.tmpdir(), 'identities-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const person = (groups: string[], extra: Partial<Principal> = {}): Principal => ({
  source: 'oauth',
  subject: 'u1',
  issuer: 'https://idp.example',
  groups,
  ...extra,
});
const local: Principal = { source: 'local', subject: 'me', groups: [] };

function call(name: string, principal?: Principal) {
  const [svc, op] = name.split(':') as [string, string];
  const { service, operation } = catalog.resolveOperation(svc, op);
  return { service, operation, region: 'us-east-1', ...(principal ? { principal } : {}) };
}

function problems(yaml: string): { line: number; message: string }[] {
  try {
    parsePolicy(yaml, catalog);
  } catch (e) {
    return (e as PolicyLoadError).problems.map((p) => ({ line: p.line, message: p.message }));
  }
  throw new Error('expected a load error');
}

describe("the issue's example", () => {
  it('narrows per person: developer, reader, admin', () => {
    const p = parsePolicy(ISSUE_EXAMPLE, catalog);
    const dev = person(['developers']);
    expect(decide(p, call('s3:DeleteObject', dev))).toMatchObject({
      effect: 'deny',
      rule: 'identities[1].rules.deny[0]',
    });
    expect(decide(p, call('s3:PutObject', dev)).effect).toBe('allow');
    expect(decide(p, call('ec2:DescribeInstances', dev))).toMatchObject({ rule: 'services.allowlist' });
    const reader = person(['readers']);
    expect(decide(p, call('s3:PutObject', reader))).toMatchObject({ effect: 'deny', rule: 'mode' });
    expect(decide(p, call('s3:ListBuckets', reader)).effect).toBe('allow');
    const admin = person(['platform-admins', 'developers']); // first matching rule applies
    expect(decide(p, call('dynamodb:DeleteTable', admin)).effect).toBe('confirm');
    const adminPolicy = effectivePolicy(p, admin);
    expect(adminPolicy.approval.mode).toBe('out-of-band');
    expect([...adminPolicy.approval.approvers!]).toEqual(['platform-leads']);
    expect(adminPolicy.role?.arn).toBe('arn:aws:iam::123456789012:role/mcp-admin');
  });

  it('refuses a person no rule matches with Forbidden; identities_default: base admits them', () => {
    const p = parsePolicy(ISSUE_EXAMPLE, catalog);
    const stranger = person(['marketing']);
    const e = (() => {
      try {
        return decide(p, call('s3:ListBuckets', stranger));
      } catch (err) {
        return err;
      }
    })();
    expect(isToolError(e) && e.code).toBe('Forbidden');
    const open = parsePolicy(`${ISSUE_EXAMPLE}identities_default: base\n`, catalog);
    expect(decide(open, call('s3:ListBuckets', stranger)).effect).toBe('allow');
  });

  it('a local principal keeps the base policy unless a rule says local: true', () => {
    const p = parsePolicy(ISSUE_EXAMPLE, catalog);
    expect(decide(p, call('s3:PutObject', local)).effect).toBe('allow');
    const withLocal = parsePolicy(
      `${ISSUE_EXAMPLE}  - match: { local: true }\n    mode: read-only\n`,
      catalog,
    );
    expect(decide(withLocal, call('s3:PutObject', local))).toMatchObject({ rule: 'mode' });
    // ...and a local rule never matches a person from a token.
    expect(() => decide(withLocal, call('s3:ListBuckets', person([])))).toThrow(/No identity rule/);
  });
});

describe('match semantics', () => {
  const p = () =>
    parsePolicy(
      `version: 1\nmode: standard\nidentities:\n` +
        `  - match: { groups: [a, b], email: Ann@Example.com, issuer: 'https://idp.example' }\n    mode: read-only\n` +
        `  - match: { sub: [u7, u8] }\n    services: { denylist: [s3] }\n`,
      catalog,
    );
  it('every listed key must hold; a list is any-of; emails compare without case', () => {
    const ann = person(['b'], { email: 'ann@example.com' });
    expect(effectivePolicy(p(), ann).identity?.id).toBe('identities[0]');
    expect(() => effectivePolicy(p(), person(['b']))).toThrow(); // no email
    expect(() => effectivePolicy(p(), { ...ann, issuer: 'https://other' })).toThrow();
    expect(effectivePolicy(p(), person([], { subject: 'u8' })).identity?.id).toBe('identities[1]');
  });

  it('resolves once per rule (cached) and is idempotent', () => {
    const base = p();
    const a = effectivePolicy(base, person([], { subject: 'u7' }));
    expect(effectivePolicy(base, person(['x'], { subject: 'u8' }))).toBe(a);
    expect(effectivePolicy(a, person([], { subject: 'u7' }))).toBe(a);
  });

  it('four eyes: the requester never approves; approvers must be in the groups', () => {
    const admin = effectivePolicy(parsePolicy(ISSUE_EXAMPLE, catalog), person(['platform-admins']));
    const requester = person(['platform-admins', 'platform-leads']);
    // What steps/approve.ts stores with the request under this policy, decided as /approvals decides.
    const fourEyes = {
      requestedBy: principalKey(requester),
      requesterName: requester.subject,
      approvers: [...(admin.approval.approvers ?? [])],
    };
    const mayApprove = (approver: Principal) =>
      refusalToDecide({ fourEyes }, { key: principalKey(approver), groups: approver.groups }) === undefined;
    expect(mayApprove(requester)).toBe(false);
    expect(mayApprove(person(['platform-leads'], { subject: 'lead' }))).toBe(true);
    expect(mayApprove(person(['developers'], { subject: 'dev' }))).toBe(false);
  });
});

describe('load errors name the line', () => {
  it('unknown keys, empty match, bad role, a role outside roles, bad limits', () => {
    const yaml =
      'version: 1\nmode: standard\nroles: ["arn:aws:iam::123456789012:role/ok-*"]\nidentities:\n' +
      '  - match: {}\n    mode: standard\n' + // 5
      '  - match: { groupz: [x] }\n' + // 7
      '    role: arn:aws:iam::123456789012:role/other\n' + // 8
      '    rate_limits: { calls_per_minute: 0 }\n' + // 9
      '    conditions: [{ operation: "^s3:PutObject$", where: { "Bucket[0]": "^dev-" } }]\n'; // 10
    const found = problems(yaml);
    expect(found.map((p) => p.line)).toEqual([5, 7, 7, 8, 9, 10]);
    expect(found.map((p) => p.message).join('\n')).toContain("unknown key 'identities[1].match.groupz'");
    expect(found[3]!.message).toContain("not in the policy's roles");
  });
});

describe('policy explain --as', () => {
  it('shows the decision for a person, the role and the session policy', async () => {
    const file = path.join(dir, 'issue.yaml');
    writeFileSync(file, ISSUE_EXAMPLE);
    const run = async (args: string[]) => {
      const lines: string[] = [];
      const code = await policyCommand(args, {
        catalog: async () => catalog,
        policyPath: file,
        out: (l) => lines.push(l),
      });
      return { code, text: lines.join('\n') };
    };
    const dev = await run(['explain', 's3:DeleteBucket', '--as', '{"sub":"u1","groups":["developers"]}']);
    expect(dev.code).toBe(EXPLAIN_EXIT.deny);
    expect(dev.text).toContain('identities[1] (line 8)');
    const put = await run(['explain', 's3:PutObject', '--as', '{"sub":"u1","groups":["developers"]}']);
    expect(put.code).toBe(EXPLAIN_EXIT.allow);
    expect(put.text).toContain('aws role: arn:aws:iam::123456789012:role/mcp-developer');
    // Their allowlist has no sts, yet the server obtains their role: the base policy decides that.
    expect(put.text).toContain('obtained by the server: sts:AssumeRole allow by the base policy');
    expect(put.text).toContain('"Action":["dynamodb:*","lambda:*","logs:*","s3:*"]');
    const nobody = await run(['explain', 's3:ListBuckets', '--as', '{"sub":"u2","groups":["x"]}']);
    expect(nobody.code).toBe(EXPLAIN_EXIT.deny);
    expect(nobody.text).toContain('FORBIDDEN');
    expect((await run(['explain', 's3:ListBuckets', '--as', 'not json'])).code).toBe(EXPLAIN_EXIT.error);
    const check = await run(['check', file]);
    expect(check.text).toContain(
      'identities: identities[0] (line 4), identities[1] (line 8), identities[2] (line 13); anybody else: Forbidden',
    );
  });
});

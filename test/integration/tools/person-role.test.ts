// Per-person roles through the invoke pipeline (real catalog, SQLite audit, capture server as
// AWS): the identity's role is assumed once for the person with their SourceIdentity and session
// policy, the call is signed with the assumed key, another options.roleArn is refused (validate
// reports the same conflict), and a session policy STS would reject refuses the call before
// anything is sent. The server's sts:AssumeRole for the assigned role is decided by the operator's
// base policy: a person whose allowlist lacks sts still gets their role, a role their rule does
// not assign stays decided by their own policy, and a base-policy deny still refuses.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isToolError } from '../../../src/errors/tool-error.js';
import { localPrincipal } from '../../../src/identity/principal.js';
import { invoke } from '../../../src/tools/execute/invoke.js';
import { validate } from '../../../src/tools/execute/validate.js';
import type { ExecuteInput } from '../../../src/tools/execute-input.js';
import { forPrincipal } from '../../../src/tools/principal-services.js';
import type { ToolServices } from '../../../src/tools/services.js';
import { ok, openFixture, toolContext, type Fixture } from './pipeline-fixture.js';

const ROLE = 'arn:aws:iam::123456789012:role/mcp-dev';
const ASSUMED = `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/mcp-dev/s</Arn><AssumedRoleId>AROAX:s</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>ASIAPERSON</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`;
const POLICY = `identities:\n  - match: { local: true }\n    role: ${ROLE}\n`;

let f: Fixture;
beforeAll(async () => {
  f = await openFixture();
  f.answer = (target, req) =>
    req.body.toString().includes('Action=AssumeRole')
      ? { status: 200, headers: { 'content-type': 'text/xml' }, body: ASSUMED }
      : ok(target, req);
});
afterAll(() => f.close());
beforeEach(() => void f.requests.splice(0));

const getItem = (options: ExecuteInput['options'] = {}): ExecuteInput => ({
  action: 'invoke',
  service: 'dynamodb',
  operation: 'GetItem',
  payload: { TableName: 'dev-t', Key: { pk: { S: 'k1' } } },
  options,
});

const person = (s: ToolServices) => forPrincipal(s, localPrincipal());

describe('per-person roles', () => {
  it('assumes the role once for the person and signs their calls with it', async () => {
    const s = person(f.services(POLICY));
    await invoke(s, getItem(), toolContext());
    await invoke(s, getItem(), toolContext());
    const assume = f.requests.filter((r) => r.body.toString().includes('Action=AssumeRole'));
    expect(assume).toHaveLength(1);
    const params = new URLSearchParams(assume[0]!.body.toString());
    expect(params.get('RoleArn')).toBe(ROLE);
    expect(params.get('SourceIdentity')).toMatch(/\.[0-9a-f]{8}$/);
    expect(params.get('Tags.member.1.Key')).toBe('mcp:sub');
    expect(params.get('Policy')).toContain('"Effect":"Allow"');
    const calls = f.requests.filter((r) => r.headers['x-amz-target']?.endsWith('GetItem'));
    expect(calls).toHaveLength(2);
    for (const c of calls) expect(c.headers.authorization).toContain('Credential=ASIAPERSON/');
    expect(calls[0]!.headers['user-agent']).toMatch(/md\/principal#[0-9a-f]{16}/);
  });

  it('refuses another options.roleArn: the identity role wins', async () => {
    const s = person(f.services(POLICY));
    const e = await invoke(
      s,
      getItem({ roleArn: 'arn:aws:iam::123456789012:role/other' }),
      toolContext(),
    ).catch((x: unknown) => x);
    expect(isToolError(e) && e.code).toBe('PolicyDenied');
    expect(f.requests).toHaveLength(0);
  });

  it('refuses a session policy too large for STS; nothing is sent', async () => {
    const s = person(f.services(POLICY));
    const many = new Set(Array.from({ length: 300 }, (_, i) => `service${i}`));
    const huge: ToolServices = {
      ...s,
      policy: { ...s.policy, services: { ...s.policy.services, allow: new Set([...many, 'dynamodb']) } },
    };
    const e = await invoke(huge, getItem(), toolContext()).catch((x: unknown) => x);
    expect(isToolError(e) && e.code).toBe('PolicyDenied');
    expect((e as Error).message).toContain("STS's limit");
    expect(f.requests).toHaveLength(0);
  });
});

const OTHER = 'arn:aws:iam::123456789012:role/other';
const assumeRequests = () => f.requests.filter((r) => r.body.toString().includes('Action=AssumeRole'));
const refusal = async (s: ToolServices, input: ExecuteInput) => {
  const e = await invoke(s, input, toolContext()).catch((x: unknown) => x);
  if (!isToolError(e)) throw new Error(`expected a ToolError, got ${String(e)}`);
  return e;
};

describe('a role the identity rule does not assign', () => {
  it('validate reports the conflict with both roles; invoke refuses with the same, sending nothing', async () => {
    const s = person(f.services(POLICY));
    const checked = await validate(s, { ...getItem({ roleArn: OTHER }), action: 'validate' }, toolContext());
    const conflict = { rule: 'identities[0].role', assignedRole: ROLE, requestedRole: OTHER };
    expect(checked.roleConflict).toEqual(conflict);
    expect(checked.decision).toMatchObject({ effect: 'deny', rule: 'identities[0].role' });
    const e = await refusal(s, getItem({ roleArn: OTHER }));
    expect(e.code).toBe('PolicyDenied');
    expect(e.details).toEqual(conflict);
    expect(e.message).toBe(`Denied by policy: ${(checked.decision as { reason: string }).reason}`);
    expect(f.requests).toHaveLength(0);
  });

  it('validate with the assigned role (or none) reports no conflict and the allow invoke meets', async () => {
    const s = person(f.services(POLICY));
    for (const options of [{}, { roleArn: ROLE }]) {
      const checked = await validate(s, { ...getItem(options), action: 'validate' }, toolContext());
      expect(checked.roleConflict).toBeUndefined();
      expect(checked.decision).toMatchObject({ effect: 'allow' });
    }
  });

  it('a batch holding the conflicting call runs nothing and names the conflict', async () => {
    const s = person(f.services(POLICY));
    const { runExecute } = await import('../../../src/tools/many/dispatch.js');
    const call = { service: 'dynamodb', operation: 'GetItem', payload: getItem().payload };
    const r = await runExecute(
      s,
      { action: 'validate', calls: [call, { ...call, options: { roleArn: OTHER } }] },
      toolContext(),
    );
    expect(JSON.stringify(r)).toContain('"requestedRole":"' + OTHER + '"');
    expect(f.requests).toHaveLength(0);
  });
});

describe("the server's sts:AssumeRole for the assigned role is the operator's to decide", () => {
  const developers = (base = '') =>
    `${base}identities:\n  - match: { local: true }\n    services: { allowlist: [dynamodb] }\n    role: ${ROLE}\n`;

  it('a person whose allowlist lacks sts still runs as their role, and the request is audited as credential', async () => {
    const s = person(f.services(developers()));
    const r = await invoke(s, getItem(), toolContext());
    expect(assumeRequests()).toHaveLength(1);
    const call = f.requests.find((q) => q.headers['x-amz-target']?.endsWith('GetItem'));
    expect(call?.headers.authorization).toContain('Credential=ASIAPERSON/');
    const row = f.audit.get((r.metadata as { tx_id: string }).tx_id)!;
    expect(row.roleArn).toBe(ROLE);
    expect(row.ops.map((o) => [o.kind, o.operation])).toEqual([
      ['credential', 'sts:AssumeRole'],
      ['call', 'dynamodb:GetItem'],
    ]);
    // Their own call of sts stays theirs: refused by their allowlist.
    const own = await refusal(s, {
      action: 'invoke',
      service: 'sts',
      operation: 'GetCallerIdentity',
      payload: {},
    });
    expect(own.code).toBe('PolicyDenied');
    expect(own.message).toContain("service 'sts' is not in services.allowlist");
  });

  it('a role their rule does not assign is decided by their own policy: refused, nothing sent', async () => {
    // No role in the rule: options.roleArn is the person's choice, and their allowlist lacks sts.
    const s = person(
      f.services(`identities:\n  - match: { local: true }\n    services: { allowlist: [dynamodb] }\n`),
    );
    const e = await refusal(s, getItem({ roleArn: ROLE }));
    expect(e.code).toBe('PolicyDenied');
    expect(e.message).toContain("service 'sts' is not in services.allowlist");
    expect(e.message).toContain('sent by the server to assume options.roleArn');
    expect(f.requests).toHaveLength(0);
  });

  it('a base-policy deny on sts:AssumeRole still refuses, in validate and invoke, nothing sent', async () => {
    const s = person(f.services(developers(`rules: { deny: ['^sts:AssumeRole$'] }\n`)));
    const checked = await validate(s, { ...getItem(), action: 'validate' }, toolContext());
    expect(checked.decision).toMatchObject({ effect: 'deny', rule: 'rules.deny[0]' });
    const e = await refusal(s, getItem());
    expect(e.code).toBe('PolicyDenied');
    expect(e.message).toContain("the role your identity rule assigns, decided by the operator's base policy");
    expect(f.requests).toHaveLength(0);
  });

  it('a base allowlist without sts refuses the assigned role too: the operator did not authorise STS', async () => {
    const s = person(f.services(`services: { allowlist: [dynamodb] }\n${developers()}`));
    const e = await refusal(s, getItem());
    expect(e.code).toBe('PolicyDenied');
    expect(e.message).toContain("service 'sts' is not in services.allowlist");
    expect(f.requests).toHaveLength(0);
  });
});

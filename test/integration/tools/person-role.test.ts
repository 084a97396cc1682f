// Per-person roles through the invoke pipeline (real catalog, SQLite audit, capture server as
// AWS): the identity's role is assumed once for the person with their SourceIdentity and session
// policy, the call is signed with the assumed key, another options.roleArn is refused, and a
// session policy STS would reject refuses the call before anything is sent.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isToolError } from '../../../src/errors/tool-error.js';
import { localPrincipal } from '../../../src/identity/principal.js';
import { invoke } from '../../../src/tools/execute/invoke.js';
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

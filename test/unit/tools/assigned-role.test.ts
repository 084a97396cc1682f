// The role a person's call runs as, decided once for validate, batch checks and invoke: the role
// their identity rule assigns replaces options.roleArn; another role is one structured PolicyDenied
// naming the rule and both roles; a RoleSessionName is refused. And the narrowed policy carries the
// operator's base policy with the role, which decides the server's own sts:AssumeRole for it.

import { describe, expect, it } from 'vitest';
import { isToolError } from '../../../src/errors/tool-error.js';
import { defaultPolicy } from '../../../src/policy/default-policy.js';
import { narrow } from '../../../src/policy/identities.js';
import type { IdentityRule, Policy } from '../../../src/policy/types.js';
import { assignedRoleOptions } from '../../../src/tools/execute/person-role.js';

const ROLE = 'arn:aws:iam::123456789012:role/mcp-developer';
const OTHER = 'arn:aws:iam::123456789012:role/mcp-admin';

const base: Policy = { ...defaultPolicy(), mode: 'standard' };
const developers: IdentityRule = {
  id: 'identities[1]',
  line: 9,
  match: { groups: ['developers'] },
  services: { allow: new Set(['dynamodb']) },
  role: { arn: ROLE, line: 12 },
};
const person = narrow(base, developers);

function thrown(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isToolError(e)) return e;
    throw e;
  }
  throw new Error('expected a ToolError');
}

describe('assignedRoleOptions', () => {
  it('puts the assigned role into the options, whether the call names it or not', () => {
    expect(assignedRoleOptions(person, { profile: 'dev' })).toEqual({
      profile: 'dev',
      roleArn: ROLE,
    });
    expect(assignedRoleOptions(person, { roleArn: ROLE })).toEqual({ roleArn: ROLE });
  });

  it('leaves the options alone when the person has no assigned role', () => {
    const options = { roleArn: OTHER, roleSessionName: 'mine' };
    expect(assignedRoleOptions(narrow(base, { ...developers, role: undefined }), options)).toBe(options);
  });

  it('refuses another role with the rule, the assigned and the requested role', () => {
    const e = thrown(() => assignedRoleOptions(person, { roleArn: OTHER }));
    expect(e.code).toBe('PolicyDenied');
    expect(e.details).toEqual({ rule: 'identities[1].role', assignedRole: ROLE, requestedRole: OTHER });
    expect(e.message).toContain('identities[1].role, line 12');
  });

  it('refuses a RoleSessionName: the session names the person', () => {
    const e = thrown(() => assignedRoleOptions(person, { roleSessionName: 'someone-else' }));
    expect(e.code).toBe('InvalidInput');
    expect(e.details).toEqual({ field: 'options.roleSessionName' });
  });
});

describe("the operator's policy travels with the assigned role", () => {
  it('is the base policy, not the narrowed one, and survives narrowing again', () => {
    expect(person.services.allow).toEqual(new Set(['dynamodb']));
    expect(person.role?.operatorPolicy).toBe(base);
    expect(narrow(person, { id: 'identities[0]', line: 1, match: {} }).role?.operatorPolicy).toBe(base);
  });
});

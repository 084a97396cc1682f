// `roles:` patterns: `*` and `?` as in IAM (`*` crosses `/`), `{*}` within one path segment, and
// never a match on characters no role ARN holds (a trailing new line).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/policy/load.js';
import { ROLE_ARN } from '../../../src/tools/execute/account.js';

const catalog = {
  findService: () => undefined,
  resolveService: () => {
    throw new Error('no services in this test');
  },
};

function roles(...patterns: string[]) {
  const p = parsePolicy(`version: 1\nroles: ${JSON.stringify(patterns)}\n`, catalog);
  return (arn: string) => p.roles!.some((r) => r.regex.test(arn));
}

const PREFIX = 'arn:aws:iam::111111111111:role/';
const segment = fc.stringMatching(/^[\w+=,.@-]{1,20}$/);

describe('roles patterns', () => {
  it('`*` crosses `/` as in IAM; `{*}` does not', () => {
    expect(roles(`${PREFIX}allowed-*`)(`${PREFIX}allowed-x/Admin`)).toBe(true);
    expect(roles(`${PREFIX}allowed-{*}`)(`${PREFIX}allowed-x/Admin`)).toBe(false);
    expect(roles(`${PREFIX}allowed-{*}`)(`${PREFIX}allowed-x`)).toBe(true);
    expect(roles(`${PREFIX}allowed-?`)(`${PREFIX}allowed-x`)).toBe(true);
    expect(roles(`${PREFIX}allowed-?`)(`${PREFIX}allowed-xy`)).toBe(false);
  });

  it('never matches a trailing new line or other characters outside role ARNs', () => {
    for (const p of [`${PREFIX}allowed-*`, `${PREFIX}allowed-{*}`, `${PREFIX}*`]) {
      expect(roles(p)(`${PREFIX}allowed-x\n`)).toBe(false);
      expect(roles(p)(`${PREFIX}allowed-x\u0000`)).toBe(false);
    }
  });

  it('`{*}` matches exactly the ARNs with one more segment-free name', () => {
    const match = roles(`${PREFIX}app-{*}`);
    fc.assert(
      fc.property(segment, fc.array(segment, { maxLength: 3 }), (name, path) => {
        const arn = `${PREFIX}${['app-' + name, ...path].join('/')}`;
        expect(match(arn)).toBe(path.length === 0);
        expect(ROLE_ARN.test(arn)).toBe(true);
      }),
    );
  });

  it('options.roleArn must be a whole role ARN', () => {
    expect(ROLE_ARN.test(`${PREFIX}app`)).toBe(true);
    expect(ROLE_ARN.test(`${PREFIX}path/app`)).toBe(true);
    for (const bad of [
      `${PREFIX}app\n`,
      ` ${PREFIX}app`,
      'arn:aws:iam::1111:role/app',
      'arn:aws:iam::111111111111:user/app',
      `${PREFIX}`,
    ]) {
      expect(ROLE_ARN.test(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

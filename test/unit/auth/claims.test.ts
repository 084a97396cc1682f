// The principal read from claims as each common provider writes them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimAt, principalFromClaims } from '../../../src/auth/claims.js';
import { TokenRejected } from '../../../src/auth/types.js';
import { principalKey } from '../../../src/identity/principal.js';

describe('principalFromClaims', () => {
  it('Keycloak: groups at a dotted path, the client in azp, the name from preferred_username', () => {
    const p = principalFromClaims(
      {
        iss: 'https://kc.example/realms/team',
        sub: 'u-1',
        azp: 'vscode',
        preferred_username: 'ann',
        realm_access: { roles: ['developers', 'offline_access'] },
        scope: 'openid mcp:tools',
      },
      'realm_access.roles',
    );
    expect(p).toEqual({
      source: 'oauth',
      subject: 'u-1',
      issuer: 'https://kc.example/realms/team',
      name: 'ann',
      groups: ['developers', 'offline_access'],
      clientId: 'vscode',
      scopes: ['openid', 'mcp:tools'],
    });
  });

  it('Cognito (a claim name with a colon), Entra (scp string), Okta (scp array)', () => {
    expect(
      principalFromClaims({ iss: 'i', sub: 's', 'cognito:groups': ['ops'] }, 'cognito:groups').groups,
    ).toEqual(['ops']);
    expect(principalFromClaims({ iss: 'i', sub: 's', scp: 'mcp.call mcp.read' }, 'groups').scopes).toEqual([
      'mcp.call',
      'mcp.read',
    ]);
    const okta = principalFromClaims(
      { iss: 'i', sub: 's', scp: ['mcp'], client_id: 'c', groups: 'Team A' },
      'groups',
    );
    expect(okta).toMatchObject({ scopes: ['mcp'], clientId: 'c', groups: ['Team A'] });
  });

  it('refuses claims without sub or iss', () => {
    expect(() => principalFromClaims({ iss: 'i' }, 'groups')).toThrow(TokenRejected);
    expect(() => principalFromClaims({ sub: 's' }, 'groups')).toThrow(TokenRejected);
  });

  it('a nested path never reads inherited properties', () => {
    expect(claimAt({ a: {} }, 'a.constructor')).toBeUndefined();
    expect(claimAt({}, '__proto__.x')).toBeUndefined();
  });

  it('two tokens name the same person exactly when iss and sub are the same', () => {
    const claim = fc.string({ minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(claim, claim, claim, claim, (iss1, sub1, iss2, sub2) => {
        const a = principalKey(principalFromClaims({ iss: iss1, sub: sub1 }, 'groups'));
        const b = principalKey(principalFromClaims({ iss: iss2, sub: sub2 }, 'groups'));
        return (a === b) === (iss1 === iss2 && sub1 === sub2);
      }),
    );
  });
});

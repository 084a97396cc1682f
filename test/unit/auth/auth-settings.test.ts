// The authentication settings as the environment gives them (src/config/settings.ts).

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/load-config.js';

const load = (env: Record<string, string>) => loadConfig(env, { dotEnv: false });

describe('authentication settings', () => {
  it('are off by default', () => {
    const c = load({});
    expect(c.authIssuers).toEqual([]);
    expect(c.authRequiredScopes).toEqual([]);
    expect(c.authGroupsClaim).toBe('groups');
    expect(c.authAudience).toBeUndefined();
    expect(c.publicUrl).toBeUndefined();
  });

  it('keep issuers exactly as written and split scopes on spaces and commas', () => {
    const c = load({
      AWS_MCP_AUTH_ISSUERS:
        'https://a.example/realms/x, https://tenant.auth0.example/ ,http://127.0.0.1:9000',
      AWS_MCP_AUTH_REQUIRED_SCOPES: 'mcp:tools, mcp:read mcp:tools',
      AWS_MCP_PUBLIC_URL: 'https://mcp.example/mcp',
    });
    expect(c.authIssuers).toEqual([
      'https://a.example/realms/x',
      'https://tenant.auth0.example/',
      'http://127.0.0.1:9000',
    ]);
    expect(c.authRequiredScopes).toEqual(['mcp:tools', 'mcp:read']);
    expect(c.publicUrl).toBe('https://mcp.example/mcp');
  });

  it('refuse an issuer in clear text off this machine, and a public URL that is not http(s)', () => {
    expect(() => load({ AWS_MCP_AUTH_ISSUERS: 'http://idp.example' })).toThrow(ConfigError);
    expect(() => load({ AWS_MCP_AUTH_ISSUERS: 'not a url' })).toThrow(/AWS_MCP_AUTH_ISSUERS/);
    expect(() => load({ AWS_MCP_PUBLIC_URL: 'ftp://x.example/mcp' })).toThrow(/AWS_MCP_PUBLIC_URL/);
  });
});

// What the HTTP transport answers on each bind, and when it refuses to start.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpExposure, HttpExposureRefused, isLoopbackHost } from '../../../src/mcp/http-exposure.js';

const none = { allowedHosts: [], allowedOrigins: [], allowUnauthenticated: false };

describe('isLoopbackHost', () => {
  it('is true for all of 127.0.0.0/8, ::1 in any spelling and localhost', () => {
    fc.assert(
      fc.property(fc.nat(255), fc.nat(255), fc.nat(255), (a, b, c) => isLoopbackHost(`127.${a}.${b}.${c}`)),
    );
    for (const h of ['::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.2', 'localhost', 'LOCALHOST']) {
      expect(isLoopbackHost(h), h).toBe(true);
    }
  });

  it('is false for every other address and name', () => {
    for (const h of [
      '0.0.0.0',
      '::',
      '10.0.0.1',
      '128.0.0.1',
      '::2',
      '::ffff:10.0.0.1',
      'example.com',
      'localhost.evil',
    ]) {
      expect(isLoopbackHost(h), h).toBe(false);
    }
  });
});

describe('httpExposure', () => {
  it('a loopback bind answers loopback names and the bound address, with no warning', () => {
    const e = httpExposure({ ...none, host: '127.0.0.2' });
    expect(e.hosts).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', '[::1]', '127.0.0.2']));
    expect(e.hosts).not.toContain('evil.example');
    expect(e.origins).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(e.warning).toBeUndefined();
    expect(httpExposure({ ...none, host: '::1' }).hosts).toContain('[::1]');
  });

  it('a non-loopback bind refuses to start without the unauthenticated opt-in, saying why', () => {
    expect(() => httpExposure({ ...none, host: '0.0.0.0', allowedHosts: ['mcp.internal'] })).toThrow(
      HttpExposureRefused,
    );
    expect(() => httpExposure({ ...none, host: '10.1.2.3' })).toThrow(
      /no authentication.*ALLOW_UNAUTHENTICATED=true/s,
    );
  });

  it('with the opt-in it still needs a Host allowlist, answers only it, and warns', () => {
    expect(() => httpExposure({ ...none, host: '0.0.0.0', allowUnauthenticated: true })).toThrow(
      /AWS_MCP_HTTP_ALLOWED_HOSTS/,
    );
    const e = httpExposure({
      host: '0.0.0.0',
      allowUnauthenticated: true,
      allowedHosts: ['mcp.internal'],
      allowedOrigins: [],
    });
    expect(e.hosts).toEqual(['mcp.internal']);
    expect(e.origins).toEqual([]);
    expect(e.warning).toMatch(/unauthenticated/);
  });

  it('authentication satisfies the check without the opt-in or a warning, given the public URL', () => {
    const authed = { ...none, host: '0.0.0.0', allowedHosts: ['mcp.internal'], authenticated: true };
    expect(() => httpExposure(authed)).toThrow(/AWS_MCP_PUBLIC_URL/);
    const e = httpExposure({ ...authed, publicUrl: 'https://mcp.internal/mcp' });
    expect(e.warning).toBeUndefined();
    expect(e.hosts).toEqual(['mcp.internal']);
  });
});

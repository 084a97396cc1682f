// Who may reach the HTTP transport. Host and Origin are always checked (DNS rebinding): a loopback
// bind answers loopback names, any other bind only the operator's allowlist. A non-loopback bind
// needs authentication (AWS_MCP_AUTH_ISSUERS) and the URL clients know it by; without
// authentication it takes an explicit opt-in that is logged at every start.

import { isIP } from 'node:net';

export interface HttpExposureOptions {
  readonly host: string;
  /** Extra `Host` names to answer (required for a non-loopback bind). */
  readonly allowedHosts: readonly string[];
  /** Browser origins (host names) allowed besides loopback ones on a loopback bind. */
  readonly allowedOrigins: readonly string[];
  /** AWS_MCP_HTTP_ALLOW_UNAUTHENTICATED: serve a non-loopback bind without authentication. */
  readonly allowUnauthenticated: boolean;
  /** True when every request needs a verified bearer token (AWS_MCP_AUTH_ISSUERS). */
  readonly authenticated?: boolean;
  /** AWS_MCP_PUBLIC_URL: the resource URL tokens are issued for. */
  readonly publicUrl?: string;
}

export interface HttpExposure {
  /** Host names the Host check accepts (IPv6 in brackets, as the SDK's guards compare them). */
  readonly hosts: readonly string[];
  readonly origins: readonly string[];
  /** Said at every start when the bind is reachable from the network without authentication. */
  readonly warning?: string;
}

export class HttpExposureRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HttpExposureRefused';
  }
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`: addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) !== 6) return false;
  // The URL parser writes every spelling of an IPv6 address the same way (::1, ::ffff:7f00:1).
  const canonical = new URL(`http://[${h}]`).hostname;
  return canonical === '[::1]' || canonical.startsWith('[::ffff:7f');
}

function asHostName(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host.toLowerCase();
}

/** Decides what the transport answers, or refuses to start with the reason and the way out. */
export function httpExposure(opts: HttpExposureOptions): HttpExposure {
  if (isLoopbackHost(opts.host)) {
    return {
      hosts: [...new Set([...LOOPBACK_NAMES, asHostName(opts.host), ...opts.allowedHosts])],
      origins: [...new Set([...LOOPBACK_NAMES, ...opts.allowedOrigins])],
    };
  }
  const where = `AWS_MCP_HTTP_HOST=${opts.host} is not a loopback address`;
  if (!opts.authenticated && !opts.allowUnauthenticated) {
    throw new HttpExposureRefused(
      `${where}, and the HTTP transport has no authentication: anyone who can reach the port could ` +
        "call AWS with this server's credentials. Bind 127.0.0.1 (the default), or set " +
        'AWS_MCP_HTTP_ALLOW_UNAUTHENTICATED=true if the network in front of it is trusted.',
    );
  }
  if (opts.authenticated && !opts.publicUrl) {
    throw new HttpExposureRefused(
      `${where}: set AWS_MCP_PUBLIC_URL to the URL clients reach the MCP endpoint at ` +
        '(e.g. https://mcp.example.com/mcp): tokens are issued for that resource.',
    );
  }
  if (opts.allowedHosts.length === 0) {
    throw new HttpExposureRefused(
      `${where}: set AWS_MCP_HTTP_ALLOWED_HOSTS to the host names clients use to reach it ` +
        '(requests with any other Host header are refused, against DNS rebinding).',
    );
  }
  return {
    hosts: [...opts.allowedHosts],
    origins: [...opts.allowedOrigins],
    ...(opts.authenticated
      ? {}
      : {
          warning:
            `${where} and AWS_MCP_HTTP_ALLOW_UNAUTHENTICATED=true: the HTTP transport accepts ` +
            "unauthenticated calls from the network, which run with this server's AWS credentials.",
        }),
  };
}

// The one table of settings: environment variable, parser, default and documentation. The config
// loader, the startup error and the README's settings table are all generated from it.

import os from 'node:os';
import path from 'node:path';
import { defaultAuditDbPath } from '../audit/paths.js';
import { defaultModelPath } from '../model/source/cache-paths.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; accepted: string };

export interface Setting<T> {
  readonly env: string;
  readonly doc: string;
  /** Human-readable default for docs; `undefined` means "not set". */
  readonly defaultDoc: string;
  readonly parse: (raw: string) => ParseResult<T>;
  readonly default: (env: Readonly<Record<string, string | undefined>>) => T;
}

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });

function bool(raw: string): ParseResult<boolean> {
  const v = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return ok(true);
  if (['false', '0', 'no', 'off'].includes(v)) return ok(false);
  return { ok: false, accepted: 'true | false (also 1/0, yes/no, on/off)' };
}

function oneOf<const T extends string>(values: readonly T[]) {
  return (raw: string): ParseResult<T> => {
    const v = raw.trim().toLowerCase() as T;
    return values.includes(v) ? ok(v) : { ok: false, accepted: values.join(' | ') };
  };
}

function intIn(min: number, max: number) {
  return (raw: string): ParseResult<number> => {
    const v = raw.trim();
    const n = Number(v);
    return /^\d+$/.test(v) && n >= min && n <= max
      ? ok(n)
      : { ok: false, accepted: `an integer from ${min} to ${max}` };
  };
}

/** An integer in range, or nothing when empty (the setting is then off). */
function optionalIntIn(min: number, max: number) {
  const parse = intIn(min, max);
  return (raw: string): ParseResult<number | undefined> => (raw.trim() === '' ? ok(undefined) : parse(raw));
}

function nonEmpty(raw: string): ParseResult<string> {
  const v = raw.trim();
  return v ? ok(v) : { ok: false, accepted: 'a non-empty string' };
}

function optionalString(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  return ok(v || undefined);
}

/** A libpq URL; its password never appears in the message of a refused value. */
function postgresUrl(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  if (!v) return ok(undefined);
  const accepted = { ok: false as const, accepted: 'a postgres:// or postgresql:// URL' };
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(v).protocol) ? ok(v) : accepted;
  } catch {
    return accepted;
  }
}

/** The AWS SDKs warn beyond 50 characters; a value the SDKs would not send whole is refused. */
function userAgentAppId(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  return v.length <= 50 ? ok(v || undefined) : { ok: false, accepted: 'at most 50 characters' };
}

function commitSha(raw: string): ParseResult<string | undefined> {
  const v = raw.trim().toLowerCase();
  if (!v) return ok(undefined);
  return /^[0-9a-f]{7,40}$/.test(v) ? ok(v) : { ok: false, accepted: 'a git commit sha (7-40 hex digits)' };
}

function absolutePathOf(raw: string): ParseResult<string> {
  const v = raw.trim();
  if (!v) return { ok: false, accepted: 'a file system path' };
  return ok(path.resolve(v.startsWith('~/') ? path.join(os.homedir(), v.slice(2)) : v));
}

function hostNameList(raw: string): ParseResult<readonly string[]> {
  const names = raw
    .split(',')
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  // A host name as the Host and Origin checks compare it: no scheme, port or path.
  const valid = (n: string) => {
    try {
      return new URL(`http://${n}`).hostname === n;
    } catch {
      return false;
    }
  };
  return names.every(valid)
    ? ok(names)
    : { ok: false, accepted: 'comma-separated host names without scheme or port (IPv6 in brackets)' };
}

/** `https:`, or `http:` only for a loopback host (a local test issuer): tokens and keys travel in clear otherwise. */
function secureUrl(value: string): boolean {
  try {
    const u = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
    return u.protocol === 'https:' || (u.protocol === 'http:' && loopback);
  } catch {
    return false;
  }
}

function issuerList(raw: string): ParseResult<readonly string[]> {
  // Kept exactly as written: an issuer identifier is compared character for character (RFC 8414 §3.3).
  const issuers = raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return issuers.every(secureUrl)
    ? ok(issuers)
    : { ok: false, accepted: 'comma-separated https issuer URLs (http only on localhost/127.0.0.1)' };
}

function wordList(raw: string): ParseResult<readonly string[]> {
  return ok([...new Set(raw.split(/[\s,]+/).filter(Boolean))]);
}

function optionalHttpUrl(raw: string): ParseResult<string | undefined> {
  const v = raw.trim();
  if (!v) return ok(undefined);
  try {
    const u = new URL(v);
    if (u.protocol === 'http:' || u.protocol === 'https:') return ok(u.href);
  } catch {
    // answered below
  }
  return { ok: false, accepted: 'an http(s) URL' };
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export const SETTINGS = {
  smithyAutoSync: {
    env: 'SMITHY_AUTO_SYNC',
    doc: 'Clone or fast-forward the Smithy models at startup. `false`: no network, use what is on disk.',
    defaultDoc: 'true',
    parse: bool,
    default: () => true,
  },
  smithySyncUrl: {
    env: 'SMITHY_SYNC_URL',
    doc: 'Git URL (or local path / git bundle) of the AWS Smithy models repository.',
    defaultDoc: 'https://github.com/aws/api-models-aws.git',
    parse: nonEmpty,
    default: () => 'https://github.com/aws/api-models-aws.git',
  },
  smithySyncRef: {
    env: 'SMITHY_SYNC_REF',
    doc: 'Branch or tag to follow when syncing.',
    defaultDoc: 'main',
    parse: nonEmpty,
    default: () => 'main',
  },
  smithyModelPath: {
    env: 'SMITHY_MODEL_PATH',
    doc: 'Where the models are cloned (a per-user cache directory by default).',
    defaultDoc: '`$XDG_CACHE_HOME/aws-tool-mcp/models`',
    parse: absolutePathOf,
    default: (env) => defaultModelPath(env),
  },
  smithyDefaultModelVersion: {
    env: 'SMITHY_DEFAULT_MODEL_VERSION',
    doc: 'Pin the models to this commit: check it out exactly (fetching it if missing) and never move.',
    defaultDoc: 'not set (follow the ref)',
    parse: commitSha,
    default: () => undefined,
  },
  cacheDir: {
    env: 'AWS_MCP_CACHE_DIR',
    doc: 'Where the catalog built from each model commit is cached.',
    defaultDoc: '`$XDG_CACHE_HOME/aws-tool-mcp/catalog`',
    parse: absolutePathOf,
    // Beside the models, in the same per-user cache directory.
    default: (env) => path.join(path.dirname(defaultModelPath(env)), 'catalog'),
  },
  policyPath: {
    env: 'POLICY_PATH',
    doc: 'policy.yaml to enforce. When absent the server is read-only.',
    defaultDoc: 'not set (read-only)',
    parse: optionalString,
    default: () => undefined,
  },
  autoApproveDestructive: {
    env: 'AWS_MCP_AUTO_APPROVE_DESTRUCTIVE',
    doc: 'Skip human approval for operations that need it (recorded as auto-approve in the audit).',
    defaultDoc: 'false',
    parse: bool,
    default: () => false,
  },
  toolNames: {
    env: 'AWS_MCP_TOOL_NAMES',
    doc: '`underscore` (aws_execute...) or `dotted` (aws.execute...) for clients that accept dots.',
    defaultDoc: 'underscore',
    parse: oneOf(['underscore', 'dotted'] as const),
    default: () => 'underscore' as const,
  },
  auditDbPath: {
    env: 'AUDIT_DB_PATH',
    doc: 'SQLite file of the audit trail and pending approvals; the approval key `<file>.approval-key` (0600) is created beside it.',
    defaultDoc: '`$XDG_DATA_HOME/aws-tool-mcp/audit.db`',
    parse: absolutePathOf,
    default: (env) => defaultAuditDbPath(env),
  },
  databaseUrl: {
    env: 'AWS_MCP_DATABASE_URL',
    doc: 'PostgreSQL URL (`postgres://user:pass@host:5432/db?sslmode=verify-full&sslrootcert=/path/ca.pem`): approvals, approval questions, HTTP sessions and the audit trail move there, shared by every instance; migrations run at start under an advisory lock. TLS options in the URL: `sslmode`, `sslrootcert`, `sslcert`, `sslkey` (as the `pg` client reads them: `sslmode=require` also verifies the certificate, like `verify-full`). Each instance still reads the approval key file beside AUDIT_DB_PATH: give them all the same one. Unset: everything stays in the SQLite file AUDIT_DB_PATH.',
    defaultDoc: 'not set (SQLite)',
    parse: postgresUrl,
    default: () => undefined,
  },
  maxOutputCharacters: {
    env: 'MAX_OUTPUT_CHARACTERS',
    doc: 'Cap on the size of a result shown to the model; larger results are truncated by whole items.',
    defaultDoc: '20000',
    parse: intIn(1000, 10_000_000),
    default: () => 20_000,
  },
  maxBatchCalls: {
    env: 'AWS_MCP_MAX_BATCH_CALLS',
    doc: 'Most calls one aws_execute batch (`calls`, or `regions`) may hold.',
    defaultDoc: '50',
    parse: intIn(1, 1000),
    default: () => 50,
  },
  scriptTimeoutSeconds: {
    env: 'AWS_MCP_SCRIPT_TIMEOUT_SECONDS',
    doc: 'Wall time a script (`action: "script"`) may run, AWS calls included.',
    defaultDoc: '120',
    parse: intIn(1, 3600),
    default: () => 120,
  },
  scriptMaxCalls: {
    env: 'AWS_MCP_SCRIPT_MAX_CALLS',
    doc: 'AWS calls one script may make.',
    defaultDoc: '1000',
    parse: intIn(1, 100_000),
    default: () => 1000,
  },
  maxAttempts: {
    env: 'AWS_MAX_ATTEMPTS',
    doc: 'Attempts per AWS request, retries included (throttling, 5xx, network errors).',
    defaultDoc: '3',
    parse: intIn(1, 10),
    default: () => 3,
  },
  region: {
    env: 'AWS_REGION',
    doc: 'Default region of calls that do not name one (`AWS_DEFAULT_REGION` is read too).',
    defaultDoc: '`AWS_DEFAULT_REGION`, else us-east-1',
    parse: nonEmpty,
    default: (env) => env.AWS_DEFAULT_REGION?.trim() || 'us-east-1',
  },
  uaAppId: {
    env: 'AWS_SDK_UA_APP_ID',
    doc: 'Application id sent as `app/<id>` in the User-Agent of AWS calls (CloudTrail `userAgent`), as the AWS SDKs do.',
    defaultDoc: 'not set',
    parse: userAgentAppId,
    default: () => undefined,
  },
  transport: {
    env: 'AWS_MCP_TRANSPORT',
    doc: '`stdio`, or `http` (Streamable HTTP on AWS_MCP_HTTP_HOST:AWS_MCP_HTTP_PORT, path /mcp).',
    defaultDoc: 'stdio',
    parse: oneOf(['stdio', 'http'] as const),
    default: () => 'stdio' as const,
  },
  httpHost: {
    env: 'AWS_MCP_HTTP_HOST',
    doc: 'Interface the HTTP transport binds. A non-loopback address needs authentication (AWS_MCP_AUTH_ISSUERS).',
    defaultDoc: '127.0.0.1',
    parse: nonEmpty,
    default: () => '127.0.0.1',
  },
  httpPort: {
    env: 'AWS_MCP_HTTP_PORT',
    doc: 'Port of the HTTP transport (0 picks a free port and logs it).',
    defaultDoc: '3000',
    parse: intIn(0, 65535),
    default: () => 3000,
  },
  httpAllowedHosts: {
    env: 'AWS_MCP_HTTP_ALLOWED_HOSTS',
    doc: 'Host names the HTTP transport answers (the `Host` header, port ignored), comma-separated. Required when AWS_MCP_HTTP_HOST is not loopback; every other `Host` gets 403.',
    defaultDoc: 'not set (loopback binds answer `localhost`, `127.0.0.1`, `[::1]` and the bound address)',
    parse: hostNameList,
    default: (): readonly string[] => [],
  },
  httpAllowedOrigins: {
    env: 'AWS_MCP_HTTP_ALLOWED_ORIGINS',
    doc: 'Host names of browser origins allowed to call the HTTP transport (the `Origin` header, scheme and port ignored), comma-separated. Requests without `Origin` (non-browser clients) pass.',
    defaultDoc: 'not set (loopback binds allow loopback origins; other binds allow none)',
    parse: hostNameList,
    default: (): readonly string[] => [],
  },
  httpAllowUnauthenticated: {
    env: 'AWS_MCP_HTTP_ALLOW_UNAUTHENTICATED',
    doc: 'Let the HTTP transport bind a non-loopback address although it has no authentication (anyone who reaches the port can call AWS with your credentials). Logs a warning at every start.',
    defaultDoc: 'false (a non-loopback bind refuses to start)',
    parse: bool,
    default: () => false,
  },
  authIssuers: {
    env: 'AWS_MCP_AUTH_ISSUERS',
    doc: "OAuth issuer URLs, comma-separated: turns on authentication of the HTTP transport. Each issuer's keys come from its discovery document (`jwks_uri`); a request needs a bearer JWT access token one of them signed.",
    defaultDoc: 'not set (no authentication)',
    parse: issuerList,
    default: (): readonly string[] => [],
  },
  authAudience: {
    env: 'AWS_MCP_AUTH_AUDIENCE',
    doc: 'The `aud` an access token must contain (the API identifier some providers give a resource, e.g. `api://aws-tool-mcp`).',
    defaultDoc: 'AWS_MCP_PUBLIC_URL',
    parse: optionalString,
    default: () => undefined,
  },
  authRequiredScopes: {
    env: 'AWS_MCP_AUTH_REQUIRED_SCOPES',
    doc: 'Scopes every access token must carry (space- or comma-separated); a token without them gets 403 `insufficient_scope`. Advertised as `scopes_supported`.',
    defaultDoc: 'not set',
    parse: wordList,
    default: (): readonly string[] => [],
  },
  authGroupsClaim: {
    env: 'AWS_MCP_AUTH_GROUPS_CLAIM',
    doc: "Access-token claim holding the person's groups (a dotted path reaches a nested claim, e.g. `realm_access.roles`).",
    defaultDoc: 'groups',
    parse: nonEmpty,
    default: () => 'groups',
  },
  publicUrl: {
    env: 'AWS_MCP_PUBLIC_URL',
    doc: 'The canonical URL clients reach the MCP endpoint at (behind a proxy: the outside one). The `resource` of the protected resource metadata and the default token audience.',
    defaultDoc: '`http://<AWS_MCP_HTTP_HOST>:<port>/mcp`',
    parse: optionalHttpUrl,
    default: () => undefined,
  },
  approvalPromptTimeoutSeconds: {
    env: 'AWS_MCP_APPROVAL_PROMPT_TIMEOUT_SECONDS',
    doc: 'How long a person has to answer an approval question (elicitation); unanswered, the call is refused and audited as `approval-timeout`.',
    defaultDoc: '600',
    parse: intIn(1, 86_400),
    default: () => 600,
  },
  httpSessionIdleSeconds: {
    env: 'AWS_MCP_HTTP_SESSION_IDLE_SECONDS',
    doc: 'A 2025-era HTTP session (Mcp-Session-Id) unused this long is forgotten on every instance; its id then gets 404 and the client initializes again. Each request extends it.',
    defaultDoc: '1800',
    parse: intIn(1, 604_800),
    default: () => 1800,
  },
  shutdownGraceSeconds: {
    env: 'AWS_MCP_SHUTDOWN_GRACE_SECONDS',
    doc: 'On SIGTERM or SIGINT, how long running tool calls get to finish (new requests get 503) before they are cancelled (audited as `cancelled`) and the server exits. Keep it below the kill timeout of the orchestrator (Kubernetes: 30 s).',
    defaultDoc: '25',
    parse: intIn(0, 3600),
    default: () => 25,
  },
  auditRetentionDays: {
    env: 'AWS_MCP_AUDIT_RETENTION_DAYS',
    doc: 'Delete audit records older than this many days, a small batch at a time in the background (never in the way of a call).',
    defaultDoc: 'not set (keep every record)',
    parse: optionalIntIn(1, 36_500),
    default: (): number | undefined => undefined,
  },
  logLevel: {
    env: 'LOG_LEVEL',
    doc: 'Log verbosity. Logs go to stderr; stdout carries only MCP messages.',
    defaultDoc: 'info',
    parse: oneOf(LOG_LEVELS),
    default: () => 'info' as const,
  },
} satisfies Record<string, Setting<unknown>>;

export type SettingKey = keyof typeof SETTINGS;

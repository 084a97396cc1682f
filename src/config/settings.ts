// The one table of settings: environment variable, parser, default and documentation. The config
// loader, the startup error and the README's settings table are all generated from it.

import path from 'node:path';
import { defaultAuditDbPath } from '../audit/paths.js';
import { defaultModelPath } from '../model/source/cache-paths.js';
import {
  absolutePathOf,
  bool,
  commitSha,
  hostNameList,
  intIn,
  issuerList,
  nonEmpty,
  oneOf,
  optionalHttpUrl,
  optionalIntIn,
  optionalString,
  postgresUrl,
  userAgentAppId,
  wordList,
  type ParseResult,
} from './setting-parsers.js';

export interface Setting<T> {
  readonly env: string;
  readonly doc: string;
  /** Human-readable default for docs; `undefined` means "not set". */
  readonly defaultDoc: string;
  readonly parse: (raw: string) => ParseResult<T>;
  readonly default: (env: Readonly<Record<string, string | undefined>>) => T;
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
  httpMaxHeaderBytes: {
    env: 'AWS_MCP_HTTP_MAX_HEADER_BYTES',
    doc: 'Most bytes the request line and headers of one HTTP request may take; a larger request gets 431. Raise it when your identity provider issues large access tokens (many groups in the token).',
    defaultDoc: '16384 (16 KiB, as Node)',
    parse: intIn(1024, 1024 * 1024),
    default: () => 16 * 1024,
  },
  httpMaxBodyBytes: {
    env: 'AWS_MCP_HTTP_MAX_BODY_BYTES',
    doc: 'Most bytes one HTTP request body (a JSON-RPC message) may hold; a larger one gets 413 and is not read further. At most the message limit stdio has too (10 MiB).',
    defaultDoc: '10485760 (10 MiB)',
    parse: intIn(1024, 10 * 1024 * 1024),
    default: () => 10 * 1024 * 1024,
  },
  httpHeadersTimeoutSeconds: {
    env: 'AWS_MCP_HTTP_HEADERS_TIMEOUT_SECONDS',
    doc: 'Time a client has to send the request line and headers; later gets 408 and the connection is closed (against clients that trickle headers to hold sockets open). At most AWS_MCP_HTTP_REQUEST_TIMEOUT_SECONDS.',
    defaultDoc: '10',
    parse: intIn(1, 600),
    default: () => 10,
  },
  httpRequestTimeoutSeconds: {
    env: 'AWS_MCP_HTTP_REQUEST_TIMEOUT_SECONDS',
    doc: 'Time a client has to send a whole request, body included; later gets 408. It bounds receiving the request only: a tool call may take longer to answer, and event streams stay open.',
    defaultDoc: '60',
    parse: intIn(1, 3600),
    default: () => 60,
  },
  httpKeepAliveTimeoutSeconds: {
    env: 'AWS_MCP_HTTP_KEEP_ALIVE_TIMEOUT_SECONDS',
    doc: "How long an idle kept-alive connection stays open between requests (sent as `Keep-Alive: timeout=N`). Behind a load balancer, set it above the balancer's idle timeout (AWS ALB: 60 s), or the balancer may reuse a connection the server is closing.",
    defaultDoc: '5 (as Node)',
    parse: intIn(1, 3600),
    default: () => 5,
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
  approvalWaitSeconds: {
    env: 'AWS_MCP_APPROVAL_WAIT_SECONDS',
    doc: "Four eyes (policy `approval.approvers`): how long a call waits for an approver to decide (`POST /approvals/<id>` or `aws-tool-mcp approve`) before answering `ConfirmationRequired`; invoking again with the token waits again. Keep it below the MCP client's request timeout (60 s in the SDKs); 0 answers at once.",
    defaultDoc: '50',
    parse: intIn(0, 3600),
    default: () => 50,
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

// Where signing credentials come from: the SDK's standard Node chain (environment, shared
// config/credentials files, SSO with a cached token, credential_process, web identity, container
// and instance metadata) for a profile, optionally assuming a role on top. Failures become one
// CredentialsError saying what was tried and how to fix it; credential values never appear.

import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, InitializeMiddleware, Pluggable } from '@smithy/types';
import { ToolError } from '../errors/tool-error.js';

export interface CredentialResolverOptions {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  roleSessionName?: string;
  /** Region for STS when assuming a role (and for SSO/STS calls the chain makes). */
  region?: string;
  /** STS endpoint override for role assumption (VPC endpoint, or a local test server). */
  stsEndpointUrl?: string;
  /** Who the assumed session is for (a person's role): sent with sts:AssumeRole as given. */
  session?: AssumeRoleSession;
  logger?: Logger;
}

/** The person-specific parameters of sts:AssumeRole (see tools/execute/person-role.ts). */
export interface AssumeRoleSession {
  readonly sourceIdentity: string;
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  readonly transitiveTagKeys: readonly string[];
  /** The inline session policy (packed JSON). */
  readonly policy?: string;
  readonly policyArns: readonly { readonly arn: string }[];
}

export interface Logger {
  debug(msg: string, fields?: object): void;
  info(msg: string, fields?: object): void;
  warn(msg: string, fields?: object): void;
  error(msg: string, fields?: object): void;
}

/** One sts:AssumeRole request the resolver made (the audit records it as the call's `credential` op). */
export interface AssumeRoleRecord {
  readonly ok: boolean;
  readonly atMs: number;
  readonly durationMs: number;
  readonly httpStatus?: number;
  readonly requestId?: string;
  readonly errorCode?: string;
}

export interface ResolveOptions {
  readonly forceRefresh?: boolean;
  /** Told when this resolution sends sts:AssumeRole (not when cached credentials are reused). */
  readonly onAssumeRole?: (record: AssumeRoleRecord) => void;
}

export interface CredentialResolver {
  /** Credentials to sign with; cached until five minutes before they expire. */
  resolve(opts?: ResolveOptions): Promise<AwsCredentialIdentity>;
  /**
   * AWS refused the credentials (expired, unknown): the next `resolve` reads them afresh, from
   * the whole chain and by assuming the role again, instead of reusing the cached ones. Static
   * keys never expire in the cache, so without this a rotated key or session token in the
   * credentials file would be ignored until a restart.
   */
  invalidate(): void;
}

/** Refresh credentials this long before they expire, as the SDK does. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;
const DEFAULT_SESSION_NAME = 'aws-tool-mcp';

type Provider = (opts?: ResolveOptions) => Promise<AwsCredentialIdentity>;

/**
 * One resolver per profile/role: create it once (per configuration) and reuse it, so the chain's
 * memoization and the assumed-role cache hold across calls.
 */
export function createCredentialResolver(opts: CredentialResolverOptions): CredentialResolver {
  // The chain only surfaces its last error ("Could not load credentials from any providers");
  // each link's reason arrives as a debug log line, which we keep to explain the failure.
  const reasons: string[] = [];
  const sdkLogger = toSdkLogger(opts.logger, reasons);
  const base = fromNodeProviderChain({
    ...(opts.profile !== undefined ? { profile: opts.profile } : {}),
    // The SDK caches the shared config/credentials files per process. The chain runs only when
    // there are no credentials yet (or they expire), so re-reading then is cheap, and it is what
    // lets a running server pick up `aws configure` or `aws sso login` without a restart.
    ignoreCache: true,
    ...(opts.region !== undefined ? { clientConfig: { region: opts.region } } : {}),
    logger: sdkLogger,
  }) as Provider;
  const requestIds = lastRequestId();
  const provider: Provider = opts.roleArn
    ? cacheUntilExpiry(
        recordAssumeRole(
          requestIds.read,
          fromTemporaryCredentials({
            masterCredentials: base,
            params: {
              RoleArn: opts.roleArn,
              RoleSessionName: opts.roleSessionName ?? DEFAULT_SESSION_NAME,
              ...(opts.externalId !== undefined ? { ExternalId: opts.externalId } : {}),
              ...(opts.session ? sessionParams(opts.session) : {}),
            },
            clientConfig: {
              ...(opts.region !== undefined ? { region: opts.region } : {}),
              ...(opts.stsEndpointUrl !== undefined ? { endpoint: opts.stsEndpointUrl } : {}),
              logger: sdkLogger,
            },
            clientPlugins: [requestIds.plugin],
          }) as Provider,
        ),
      )
    : base;

  let stale = false;
  return {
    invalidate: () => void (stale = true),
    async resolve(resolveOpts) {
      let creds: AwsCredentialIdentity;
      reasons.length = 0;
      const forceRefresh = stale || resolveOpts?.forceRefresh === true;
      stale = false;
      try {
        // The role's base credentials are cached by the chain, under the assumed ones.
        if (forceRefresh && opts.roleArn) await base({ forceRefresh: true });
        creds = await provider({ ...resolveOpts, forceRefresh });
      } catch (err) {
        stale ||= forceRefresh; // a failed refresh is tried again by the next call
        opts.logger?.debug('credential resolution failed', { error: errorText(err) });
        throw credentialsError([errorText(err), ...reasons].join('\n'), opts);
      }
      if (creds.expiration && creds.expiration.getTime() <= Date.now()) {
        throw new ToolError('CredentialsError', 'The AWS credentials found have expired.', {
          hint: refreshHint(opts),
        });
      }
      return creds;
    },
  };
}

function sessionParams(s: AssumeRoleSession) {
  return {
    SourceIdentity: s.sourceIdentity,
    ...(s.tags.length > 0 ? { Tags: s.tags.map((t) => ({ ...t })) } : {}),
    ...(s.transitiveTagKeys.length > 0 ? { TransitiveTagKeys: [...s.transitiveTagKeys] } : {}),
    ...(s.policy !== undefined ? { Policy: s.policy } : {}),
    ...(s.policyArns.length > 0 ? { PolicyArns: s.policyArns.map((p) => ({ ...p })) } : {}),
  };
}

/** Keeps credentials until shortly before expiry; concurrent callers share one refresh. */
function cacheUntilExpiry(provider: Provider): Provider {
  let value: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return async (opts) => {
    const fresh = value && (!value.expiration || value.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS);
    if (fresh && !opts?.forceRefresh) return value!;
    pending ??= provider(opts?.onAssumeRole ? { onAssumeRole: opts.onAssumeRole } : undefined).finally(() => {
      pending = undefined;
    });
    value = await pending;
    return value;
  };
}

/**
 * The request id of the last STS response the role's client received, so a successful
 * sts:AssumeRole's audit row can name its CloudTrail event (the provider returns credentials only).
 */
function lastRequestId(): { plugin: Pluggable<object, object>; read: () => string | undefined } {
  let id: string | undefined;
  const capture: InitializeMiddleware<object, object> = (next) => async (args) => {
    id = undefined;
    const out = await next(args);
    id = (out.output as { $metadata?: { requestId?: string } }).$metadata?.requestId;
    return out;
  };
  // The SDK applies client plugins again at every refresh: `override` keeps one copy.
  return {
    plugin: {
      applyToStack: (stack) =>
        stack.add(capture, { step: 'initialize', name: 'auditRequestId', override: true }),
    },
    read: () => id,
  };
}

/** Reports each sts:AssumeRole the SDK provider sends to the resolution that caused it. */
function recordAssumeRole(requestId: () => string | undefined, assume: Provider): Provider {
  return async (opts) => {
    const atMs = Date.now();
    try {
      const creds = await assume();
      const id = requestId();
      opts?.onAssumeRole?.({
        ok: true,
        atMs,
        durationMs: Date.now() - atMs,
        httpStatus: 200,
        ...(id !== undefined ? { requestId: id } : {}),
      });
      return creds;
    } catch (e) {
      const meta = (e as { $metadata?: { httpStatusCode?: number; requestId?: string } }).$metadata;
      opts?.onAssumeRole?.({
        ok: false,
        atMs,
        durationMs: Date.now() - atMs,
        errorCode: (e as { name?: string }).name ?? 'Error',
        ...(meta?.httpStatusCode !== undefined ? { httpStatus: meta.httpStatusCode } : {}),
        ...(meta?.requestId !== undefined ? { requestId: meta.requestId } : {}),
      });
      throw e;
    }
  };
}

/** Classifies the chain's failure; SDK text is matched, never shown (it may hold file paths). */
function credentialsError(text: string, opts: CredentialResolverOptions): ToolError {
  const profile = opts.profile ? `profile "${opts.profile}"` : 'the default profile (or AWS_PROFILE)';
  if (
    opts.roleArn &&
    /AssumeRole|not authorized|AccessDenied|ExpiredToken|InvalidClientTokenId/i.test(text)
  ) {
    return new ToolError('CredentialsError', `Could not assume the configured role with ${profile}.`, {
      hint: 'Check that the base credentials are valid and allowed to sts:AssumeRole on the role, and the role trust policy (and external id).',
    });
  }
  if (/SSO session|SSO token|Token is expired/i.test(text)) {
    return new ToolError('CredentialsError', `The SSO session for ${profile} is missing or has expired.`, {
      hint: `Run \`aws sso login${opts.profile ? ` --profile ${opts.profile}` : ''}\` and retry.`,
    });
  }
  if (/returned expired credentials/i.test(text)) {
    return new ToolError('CredentialsError', `The credentials of ${profile} have expired.`, {
      hint: refreshHint(opts),
    });
  }
  if (/credential_process returned|Command failed|credential_process.*(parse|Version|invalid)/i.test(text)) {
    return new ToolError('CredentialsError', `The credential_process of ${profile} failed.`, {
      hint: "Run the profile's credential_process command by hand: it must print JSON with Version 1, AccessKeyId and SecretAccessKey.",
    });
  }
  const message = opts.profile
    ? `No AWS credentials were found for profile "${opts.profile}".`
    : 'No AWS credentials were found.';
  const setUp = opts.profile
    ? `\`aws configure --profile ${opts.profile}\` or \`aws sso login --profile ${opts.profile}\``
    : '`aws configure` or `aws sso login`';
  return new ToolError('CredentialsError', message, {
    hint:
      `Tried: environment variables (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), ${profile} in the shared ` +
      'config and credentials files (SSO, credential_process, role), web identity ' +
      '(AWS_WEB_IDENTITY_TOKEN_FILE), and container/instance metadata. Set one of these up, ' +
      `for example ${setUp}, or check the profile name in ~/.aws/config ` +
      'and ~/.aws/credentials (AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE). ' +
      'The next call picks the new credentials up; no restart is needed.',
  });
}

function refreshHint(opts: CredentialResolverOptions): string {
  return opts.profile
    ? `Refresh the credentials of profile "${opts.profile}" (e.g. \`aws sso login --profile ${opts.profile}\`).`
    : 'Refresh the credentials in the environment or the default profile (e.g. `aws sso login`).';
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** The SDK warns through console.warn unless given a logger; route it to ours (never stdout). */
function toSdkLogger(logger: Logger | undefined, reasons: string[]) {
  const drop = (): void => {};
  const MAX_REASONS = 50;
  return {
    debug: (msg: string) => {
      const text = String(msg);
      if (text.startsWith('@smithy/property-provider') && reasons.length < MAX_REASONS) reasons.push(text);
      logger?.debug(text);
    },
    info: (msg: string) => logger?.info(String(msg)) ?? drop(),
    warn: (msg: string) => logger?.warn(String(msg)) ?? drop(),
    error: (msg: string) => logger?.error(String(msg)) ?? drop(),
    trace: drop,
  };
}

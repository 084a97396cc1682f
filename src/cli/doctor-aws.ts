// The AWS side of `aws-tool-mcp doctor`: the profile, its SSO session, the credentials it yields
// (and when they expire), the region, and the endpoint overrides in effect. Reads files the way
// the AWS CLI and SDKs do; contacts AWS only to turn a valid SSO session into role credentials.

import { readFileSync } from 'node:fs';
import { getSSOTokenFilepath, loadSharedConfigFiles } from '@smithy/core/config';
import type { Config } from '../config/load-config.js';
import { isToolError } from '../errors/tool-error.js';
import { createCredentialResolver } from '../execution/credentials.js';
import { validateRegion } from '../execution/regions.js';
import type { Check } from './doctor-report.js';

type Profile = Readonly<Record<string, string | undefined>>;

/** Credentials expiring sooner than this deserve a warning: the next long task may outlive them. */
const EXPIRY_WARNING_MS = 15 * 60_000;

async function profileSettings(name: string): Promise<Profile | undefined> {
  const files = await loadSharedConfigFiles({ ignoreCache: true });
  const merged = { ...files.credentialsFile[name], ...files.configFile[name] };
  return Object.keys(merged).length > 0 ? merged : undefined;
}

const when = (t: number, now: number): string => {
  const minutes = Math.round((t - now) / 60_000);
  const abs = Math.abs(minutes);
  const span =
    abs >= 2880 ? `${Math.round(abs / 1440)}d` : abs >= 120 ? `${Math.round(abs / 60)}h` : `${abs}m`;
  return `${new Date(t).toISOString()} (${minutes >= 0 ? `in ${span}` : `${span} ago`})`;
};

/** The SSO token cache the AWS CLI writes on `aws sso login`, checked without any network call. */
function ssoSession(profile: Profile, name: string, now: number): Check | undefined {
  const key = profile.sso_session ?? profile.sso_start_url;
  if (key === undefined) return undefined;
  const login = `aws sso login --profile ${name}`;
  let expiresAt: number;
  try {
    const token = JSON.parse(readFileSync(getSSOTokenFilepath(key), 'utf8')) as { expiresAt?: string };
    expiresAt = Date.parse(token.expiresAt ?? '');
  } catch {
    return {
      name: 'sso session',
      status: 'fail',
      detail: `profile "${name}" has never logged in (no cached SSO token).`,
      fix: login,
    };
  }
  if (!(expiresAt > now)) {
    return {
      name: 'sso session',
      status: 'fail',
      detail: `the SSO session of profile "${name}" expired at ${when(expiresAt, now)}.`,
      fix: login,
    };
  }
  const status = expiresAt - now < EXPIRY_WARNING_MS ? 'warn' : 'ok';
  return {
    name: 'sso session',
    status,
    detail: `valid until ${when(expiresAt, now)}`,
    ...(status === 'warn' ? { fix: login } : {}),
  };
}

export async function credentialChecks(config: Config, now: number): Promise<Check[]> {
  const name = config.profile;
  const checks: Check[] = [];
  if (name !== undefined) {
    const profile = await profileSettings(name);
    if (!profile) {
      return [
        {
          name: 'credentials',
          status: 'fail',
          detail: `AWS_PROFILE="${name}" is in neither the AWS config file nor the credentials file.`,
          fix: `aws configure --profile ${name} (or aws configure sso --profile ${name}), or fix AWS_PROFILE`,
        },
      ];
    }
    const sso = ssoSession(profile, name, now);
    if (sso) checks.push(sso);
    if (sso?.status === 'fail') return checks;
  }
  checks.push(await resolvedCredentials(config, now));
  return checks;
}

async function resolvedCredentials(config: Config, now: number): Promise<Check> {
  const who = config.profile
    ? `profile "${config.profile}"`
    : 'the default chain (environment, default profile, metadata)';
  try {
    const creds = await createCredentialResolver({
      ...(config.profile ? { profile: config.profile } : {}),
      region: config.region,
    }).resolve();
    const key = `access key ****${creds.accessKeyId.slice(-4)}`;
    if (!creds.expiration)
      return { name: 'credentials', status: 'ok', detail: `${who}: ${key}, long-term (no expiry)` };
    const left = creds.expiration.getTime() - now;
    return {
      name: 'credentials',
      status: left < EXPIRY_WARNING_MS ? 'warn' : 'ok',
      detail: `${who}: ${key}, expire at ${when(creds.expiration.getTime(), now)}`,
      ...(left < EXPIRY_WARNING_MS
        ? { fix: 'refresh them before a long task (they are renewed automatically when the source allows)' }
        : {}),
    };
  } catch (e) {
    if (!isToolError(e)) throw e;
    return { name: 'credentials', status: 'fail', detail: e.message, ...(e.hint ? { fix: e.hint } : {}) };
  }
}

export async function regionCheck(
  config: Config,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Check> {
  try {
    validateRegion(config.region);
  } catch (e) {
    if (!isToolError(e)) throw e;
    return {
      name: 'region',
      status: 'fail',
      detail: e.message,
      ...(e.hint ? { fix: `set AWS_REGION: ${e.hint}` } : {}),
    };
  }
  const source = env.AWS_REGION?.trim()
    ? 'AWS_REGION'
    : env.AWS_DEFAULT_REGION?.trim()
      ? 'AWS_DEFAULT_REGION'
      : undefined;
  if (source) return { name: 'region', status: 'ok', detail: `${config.region} (from ${source})` };
  const fromProfile = (await profileSettings(config.profile ?? 'default'))?.region;
  if (fromProfile && fromProfile !== config.region) {
    return {
      name: 'region',
      status: 'warn',
      detail: `the profile's region ${fromProfile} is not used: calls without a region go to ${config.region}.`,
      fix: `set AWS_REGION=${fromProfile} in the server's environment`,
    };
  }
  return {
    name: 'region',
    status: 'ok',
    detail: `${config.region} (the default; set AWS_REGION to change it)`,
  };
}

/** The URL without any user:password part. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

export function endpointCheck(config: Config): Check {
  const { global, byService } = config.endpointOverrides;
  const lines = [
    ...(global ? [`AWS_ENDPOINT_URL=${safeUrl(global)} (every service)`] : []),
    ...Object.entries(byService).map(([sdk, url]) => `AWS_ENDPOINT_URL_${sdk}=${safeUrl(url)}`),
  ];
  if (lines.length === 0) return { name: 'endpoints', status: 'ok', detail: 'no overrides: calls go to AWS' };
  return {
    name: 'endpoints',
    status: 'note',
    detail: `overrides in effect, these calls do not go to AWS: ${lines.join('; ')}`,
  };
}

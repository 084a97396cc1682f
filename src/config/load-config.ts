// Parses the environment (and an optional .env file) once into a frozen, typed Config. Every bad
// variable is reported in one error, with the values it accepts.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { ParseResult } from './setting-parsers.js';
import { SETTINGS, type SettingKey } from './settings.js';

/** A setting's type is what its parser yields (the default must be one of those values). */
type ValueOf<K extends SettingKey> =
  ReturnType<(typeof SETTINGS)[K]['parse']> extends ParseResult<infer T> ? T : never;

export type Config = Readonly<{ [K in SettingKey]: ValueOf<K> }> & {
  /** `AWS_ENDPOINT_URL` (all services) and `AWS_ENDPOINT_URL_<SDKID>` overrides, as the AWS SDKs read them. */
  readonly endpointOverrides: Readonly<{ global?: string; byService: Readonly<Record<string, string>> }>;
  readonly profile?: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads `.env` from `cwd` when present. Variables already set in the environment win, as with
 * every dotenv convention, so a shell override always works.
 */
export function readDotEnv(cwd: string): Record<string, string> {
  const file = path.join(cwd, '.env');
  if (!existsSync(file)) return {};
  return parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
}

function endpointOverrides(env: Env): Config['endpointOverrides'] {
  const byService: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (!value || !key.startsWith('AWS_ENDPOINT_URL_')) continue;
    byService[key.slice('AWS_ENDPOINT_URL_'.length)] = value.trim();
  }
  const global = env.AWS_ENDPOINT_URL?.trim();
  return Object.freeze({ ...(global ? { global } : {}), byService: Object.freeze(byService) });
}

function validUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Settings that must agree with each other (each was valid on its own). */
function crossChecks(c: Partial<Config>): string[] {
  const { httpHeadersTimeoutSeconds: headers, httpRequestTimeoutSeconds: request } = c;
  // Node refuses to start a server whose headers may take longer than the whole request.
  return headers !== undefined && request !== undefined && headers > request
    ? [
        `AWS_MCP_HTTP_HEADERS_TIMEOUT_SECONDS=${headers} is over AWS_MCP_HTTP_REQUEST_TIMEOUT_SECONDS=${request}: ` +
          'the headers are part of the request, so their time limit must be at most the whole request.',
      ]
    : [];
}

export function loadConfig(processEnv: Env, opts: { cwd?: string; dotEnv?: boolean } = {}): Config {
  const env: Env = { ...(opts.dotEnv === false ? {} : readDotEnv(opts.cwd ?? process.cwd())), ...processEnv };
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS)) {
    const raw = env[setting.env];
    if (raw === undefined || raw.trim() === '') {
      values[key] = setting.default(env);
      continue;
    }
    const parsed = setting.parse(raw);
    if (parsed.ok) values[key] = parsed.value;
    else problems.push(`${setting.env}=${JSON.stringify(raw)}: expected ${parsed.accepted}`);
  }
  const overrides = endpointOverrides(env);
  for (const [name, url] of [
    ['AWS_ENDPOINT_URL', overrides.global],
    ...Object.entries(overrides.byService).map(([k, v]) => [`AWS_ENDPOINT_URL_${k}`, v]),
  ] as const) {
    if (url !== undefined && !validUrl(url))
      problems.push(`${name}=${JSON.stringify(url)}: expected an http(s) URL`);
  }
  problems.push(...crossChecks(values as Partial<Config>));
  if (problems.length) throw new ConfigError(problems);
  const profile = env.AWS_PROFILE?.trim() || undefined;
  return Object.freeze({
    ...values,
    endpointOverrides: overrides,
    ...(profile ? { profile } : {}),
  }) as Config;
}

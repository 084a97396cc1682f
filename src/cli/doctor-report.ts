// `aws-tool-mcp doctor`: checks what a new user most often gets wrong and prints, for each
// problem, what to run or change. Exits 1 when something must be fixed before the server works.

import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/load-config.js';
import { openAuditDatabase } from '../audit/database.js';
import { discoverModels } from '../model/source/discover.js';
import { gitVersion } from '../model/source/git.js';
import { inspectLocal } from '../model/source/local-state.js';
import { BIN_NAME, type CommandSpec } from './args.js';
import { credentialChecks, endpointCheck, regionCheck } from './doctor-aws.js';
import { policyFileProblem } from './policy-command.js';

export interface Check {
  readonly name: string;
  /** `fail` must be fixed; `warn` probably should be; `note` is worth knowing. */
  readonly status: 'ok' | 'note' | 'warn' | 'fail';
  readonly detail: string;
  readonly fix?: string;
}

export const DOCTOR: CommandSpec = {
  name: 'doctor',
  summary:
    'Check Node.js, git, AWS credentials, region, models, policy and audit store, and say what to fix.',
  args: '',
  positionals: { min: 0, max: 0 },
  options: {},
  details: [
    'exit codes: 0 nothing to fix (warnings may remain), 1 something must be fixed, 2 bad command line',
  ],
};

const MIN_NODE = [20, 19] as const;

export function nodeCheck(version = process.versions.node): Check {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    return {
      name: 'node',
      status: 'fail',
      detail: `Node.js ${version} is too old: 20.19 or newer is needed.`,
      fix: 'install Node.js 22 or 24 (LTS)',
    };
  }
  const note = major < 22 ? '; AWS SDK releases after early January 2027 need Node.js 22 or newer' : '';
  return { name: 'node', status: 'ok', detail: `Node.js ${version}${note}` };
}

async function gitCheck(config: Config, modelsReady: boolean): Promise<Check> {
  const name = 'git on PATH';
  const version = await gitVersion();
  if (version) return { name, status: 'ok', detail: version };
  if (!config.smithyAutoSync)
    return { name, status: 'ok', detail: 'not found (not needed: SMITHY_AUTO_SYNC=false)' };
  return {
    name,
    status: modelsReady ? 'warn' : 'fail',
    detail: 'git is not installed or not on PATH: the models cannot be cloned or updated.',
    fix: 'install git (https://git-scm.com/downloads), or set SMITHY_AUTO_SYNC=false with a model copy on disk',
  };
}

/** Whether `file` can be created: its nearest existing ancestor directory is writable. */
function creatable(file: string): boolean {
  let dir = path.dirname(file);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function modelCheck(config: Config): Check {
  const where = config.smithyModelPath;
  const state = inspectLocal(where);
  const sync = `${BIN_NAME} sync`;
  switch (state.kind) {
    case 'ready': {
      const pin = config.smithyDefaultModelVersion;
      if (pin && !state.commit.startsWith(pin)) {
        return {
          name: 'models',
          status: 'warn',
          detail: `at commit ${state.commit.slice(0, 12)}, but pinned to ${pin}`,
          fix: sync,
        };
      }
      return {
        name: 'models',
        status: 'ok',
        detail: `commit ${state.commit.slice(0, 12)} at ${where} (${discoverModels(where).length} services)`,
      };
    }
    case 'missing':
    case 'empty':
      if (!config.smithyAutoSync) {
        return {
          name: 'models',
          status: 'fail',
          detail: `no models at ${where} and SMITHY_AUTO_SYNC=false`,
          fix: 'set SMITHY_AUTO_SYNC=true, or SMITHY_MODEL_PATH to a clone of aws/api-models-aws',
        };
      }
      if (!creatable(where))
        return {
          name: 'models',
          status: 'fail',
          detail: `cannot create ${where}`,
          fix: 'set SMITHY_MODEL_PATH to a directory you can write',
        };
      return {
        name: 'models',
        status: 'warn',
        detail: `not cloned yet: the first start clones about 150 MB into ${where}`,
        fix: `${sync} (now, with progress)`,
      };
    case 'incomplete':
      return {
        name: 'models',
        status: 'warn',
        detail: `an interrupted update at ${where}; the next start finishes it`,
        fix: sync,
      };
    case 'notGit':
      return {
        name: 'models',
        status: 'fail',
        detail: `${where} exists but is not a git clone of the models`,
        fix: 'point SMITHY_MODEL_PATH elsewhere, or empty that directory',
      };
  }
}

async function policyCheck(config: Config, modelsReady: boolean): Promise<Check> {
  const file = config.policyPath;
  if (!file)
    return {
      name: 'policy',
      status: 'ok',
      detail: 'POLICY_PATH not set: the built-in read-only policy (aws_execute can only read)',
    };
  const problem = policyFileProblem(file, 'POLICY_PATH');
  if (problem) return { name: 'policy', status: 'fail', detail: problem };
  if (!modelsReady)
    return {
      name: 'policy',
      status: 'warn',
      detail: `${file} exists; it is checked once the models are there`,
      fix: `${BIN_NAME} sync`,
    };
  // Loaded on demand: the catalog is the one part of doctor that costs time.
  const [{ openModels }, { loadPolicy, PolicyLoadError }, { silentLogger }] = await Promise.all([
    import('../main.js'),
    import('../policy/load.js'),
    import('../logging/logger.js'),
  ]);
  try {
    const { catalog } = await openModels({ ...config, smithyAutoSync: false }, silentLogger);
    const policy = loadPolicy(file, catalog);
    return { name: 'policy', status: 'ok', detail: `${file}: mode ${policy.mode}` };
  } catch (e) {
    if (e instanceof PolicyLoadError)
      return {
        name: 'policy',
        status: 'fail',
        detail: e.message,
        fix: `fix the lines named (${BIN_NAME} policy check)`,
      };
    throw e;
  }
}

function auditCheck(config: Config): Check {
  const file = config.auditDbPath;
  if (!existsSync(file)) {
    return creatable(file)
      ? { name: 'audit store', status: 'ok', detail: `${file} (created on the first call)` }
      : {
          name: 'audit store',
          status: 'fail',
          detail: `cannot create ${file}`,
          fix: 'set AUDIT_DB_PATH to a file in a directory you can write',
        };
  }
  try {
    openAuditDatabase(file).close();
    return { name: 'audit store', status: 'ok', detail: file };
  } catch (e) {
    return {
      name: 'audit store',
      status: 'fail',
      detail: `cannot open ${file}: ${e instanceof Error ? e.message : String(e)}`,
      fix: 'check its permissions, or set AUDIT_DB_PATH elsewhere',
    };
  }
}

export async function runChecks(
  config: Config,
  env: Readonly<Record<string, string | undefined>>,
  now: number,
): Promise<Check[]> {
  const models = modelCheck(config);
  const modelsReady = inspectLocal(config.smithyModelPath).kind === 'ready';
  return [
    nodeCheck(),
    await gitCheck(config, modelsReady),
    ...(await credentialChecks(config, now)),
    await regionCheck(config, env),
    models,
    await policyCheck(config, modelsReady),
    auditCheck(config),
    endpointCheck(config),
  ];
}

const LABEL: Record<Check['status'], string> = { ok: 'ok', note: 'note', warn: 'WARN', fail: 'FAIL' };

/** Prints the checks; the exit code is 1 when any must be fixed. */
export function printChecks(checks: readonly Check[], out: (line: string) => void): number {
  for (const c of checks) {
    out(`  ${LABEL[c.status].padEnd(5)} ${c.name.padEnd(12)} ${c.detail}`);
    if (c.fix) out(`  ${''.padEnd(5)} ${''.padEnd(12)} fix: ${c.fix}`);
  }
  const fails = checks.filter((c) => c.status === 'fail').length;
  const warns = checks.filter((c) => c.status === 'warn').length;
  out('');
  out(
    fails === 0
      ? `Nothing to fix${warns ? ` (${warns} warning${warns > 1 ? 's' : ''})` : ''}.`
      : `${fails} thing${fails > 1 ? 's' : ''} to fix${warns ? `, ${warns} warning${warns > 1 ? 's' : ''}` : ''}.`,
  );
  return fails > 0 ? 1 : 0;
}

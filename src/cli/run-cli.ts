// Commands for humans: serve (the default, what MCP hosts run), sync, search, schema, doctor,
// version, and the policy, approval and audit commands. Every command line is parsed strictly
// (args.ts). Output for people goes to stdout, logs and git's progress to stderr, readable and
// warnings-only by default; only the server logs JSON, since stdout then belongs to MCP.

import { createInterface } from 'node:readline/promises';
import { ConfigError, loadConfig, readDotEnv, type Config } from '../config/load-config.js';
import { isToolError } from '../errors/tool-error.js';
import { createStderrLogger, type Logger, type LoggerLevel } from '../logging/logger.js';
import type { App } from '../main.js';
import { inspectLocal } from '../model/source/local-state.js';
import { approveCommand } from './approve-command.js';
import {
  BIN_NAME,
  CliError,
  commandHelp,
  printUsageError,
  UsageError,
  withCommandLine,
  type CommandSpec,
  type OptionValues,
} from './args.js';
import { auditCommand } from './audit-command.js';
import { inCliTerms } from './cli-terms.js';
import { DOCTOR, printChecks, runChecks } from './doctor-report.js';
import { runSchema, runSearch, SCHEMA, SEARCH } from './lookup-commands.js';
import { policyCommand, policyFileProblem } from './policy-command.js';

const out = (line: string): void => void process.stdout.write(`${line}\n`);
const err = (line: string): void => void process.stderr.write(`${line}\n`);
const io = { out, err };
const gitProgress = (chunk: string): void => void process.stderr.write(chunk);

const SERVE: CommandSpec = {
  name: 'serve',
  summary: 'Serve MCP over stdio (the default command), or Streamable HTTP with --http.',
  args: '',
  positionals: { min: 0, max: 0 },
  options: {
    http: { type: 'boolean', doc: 'Streamable HTTP on AWS_MCP_HTTP_HOST:AWS_MCP_HTTP_PORT, path /mcp' },
  },
};
const SYNC: CommandSpec = {
  name: 'sync',
  summary:
    "Clone or update the AWS Smithy models and build the catalog and the search index, showing git's progress.",
  args: '',
  positionals: { min: 0, max: 0 },
  options: {},
};
const VERSION: CommandSpec = {
  name: 'version',
  summary: 'Print the version and the model commit in use.',
  args: '',
  positionals: { min: 0, max: 0 },
  options: {},
};

const HELP = `${BIN_NAME}: find, understand and call any AWS API operation over MCP.

usage: ${BIN_NAME} [command] [options]

  serve [--http]                     serve MCP over stdio (default) or Streamable HTTP
  sync                               clone or update the models, build the catalog and search index
  search <words...> [--service s]    find the operations that do a task
  schema <service> <operation>       print an operation's input JSON Schema
  policy check [file]                lint a policy file (default POLICY_PATH)
  policy explain <service:Operation> the policy decision and why (--policy FILE)
  approve [id] [--reject]            list or approve out-of-band approval requests
  audit [--since 1h] [--tx id]       show the audit trail (--jsonl streams JSON lines)
  doctor                             check the setup and say what to fix
  version                            print the version and the model commit

Run '${BIN_NAME} <command> --help' for a command's options. Settings come from the
environment and .env (see README.md). Exit codes: 0 success, 1 failure, 2 bad command line.`;

/** Human commands log warnings only, unless LOG_LEVEL says otherwise; the server follows LOG_LEVEL. */
function humanLogger(config: Config): Logger {
  const explicit = process.env.LOG_LEVEL ?? readDotEnv(process.cwd()).LOG_LEVEL;
  const level: LoggerLevel = explicit?.trim() ? config.logLevel : 'warn';
  return createStderrLogger(level, undefined, 'human');
}

let loaded: Config | undefined;
const config = (): Config => (loaded ??= loadConfig(process.env));

/** Fails early, naming the path, when POLICY_PATH points at nothing readable. */
function requirePolicyFile(cfg: Config): Config {
  const problem = cfg.policyPath ? policyFileProblem(cfg.policyPath, 'POLICY_PATH') : undefined;
  if (problem) throw new CliError(problem);
  return cfg;
}

async function withApp(run: (app: App) => Promise<number>): Promise<number> {
  const cfg = requirePolicyFile(config());
  const { buildApp } = await import('../main.js');
  const app = await buildApp(cfg, humanLogger(cfg), gitProgress);
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

async function version(): Promise<number> {
  const { SERVER_VERSION } = await import('../main.js');
  out(`${BIN_NAME} ${SERVER_VERSION}`);
  let models: string;
  try {
    const cfg = config();
    const state = inspectLocal(cfg.smithyModelPath);
    models =
      state.kind === 'ready'
        ? `models: commit ${state.commit} at ${cfg.smithyModelPath}${cfg.smithyDefaultModelVersion ? ' (pinned)' : ''}`
        : `models: none yet at ${cfg.smithyModelPath} (run '${BIN_NAME} sync')`;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    models = 'models: unknown (the configuration is invalid; run any command to see why)';
  }
  out(models);
  out(`node: ${process.versions.node}`);
  return 0;
}

type Runner = (values: OptionValues, positionals: readonly string[]) => Promise<number | undefined>;

const SIMPLE: ReadonlyArray<readonly [CommandSpec, Runner]> = [
  [
    SERVE,
    async (values) => {
      const cfg = requirePolicyFile(config());
      const { serve } = await import('../main.js');
      const logger = createStderrLogger(cfg.logLevel);
      await serve(values.http === true ? { ...cfg, transport: 'http' } : cfg, logger);
      return undefined;
    },
  ],
  [
    SYNC,
    async () => {
      const cfg = config();
      const { openModels } = await import('../main.js');
      const { tree, catalog } = await openModels(cfg, humanLogger(cfg), gitProgress);
      // The search index is built with the catalog, once per model commit, so that the first
      // search of the next server loads it from its cache file instead of building it.
      const { loadSearchIndex } = await import('../search/search-index.js');
      const { stats } = await loadSearchIndex(catalog, { cacheDir: cfg.cacheDir, logger: humanLogger(cfg) });
      out(
        `models at ${tree.root}, commit ${tree.commit}: ${catalog.services().length} services, ${catalog.operations().length} operations, search index of ${stats.terms} terms`,
      );
      return 0;
    },
  ],
  [SEARCH, (values, words) => withApp((app) => runSearch(app, values, words, out))],
  [SCHEMA, (values, positionals) => withApp((app) => runSchema(app, values, positionals, out))],
  [
    DOCTOR,
    async () => (
      out(`${BIN_NAME} doctor`),
      printChecks(await runChecks(config(), process.env, Date.now()), out)
    ),
  ],
  [VERSION, () => version()],
];

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** Commands that parse their own arguments; settings are read only once they need them. */
async function delegated(command: string, args: readonly string[]): Promise<number | undefined> {
  switch (command) {
    case 'policy':
      return policyCommand(args, {
        catalog: async () => {
          const { openModels } = await import('../main.js');
          return (await openModels(config(), humanLogger(config()), gitProgress)).catalog;
        },
        get policyPath() {
          return config().policyPath;
        },
        ...io,
      });
    case 'approve':
      // At a terminal the person confirms what they approve; in scripts the id alone is the yes.
      return approveCommand(args, {
        get auditDbPath() {
          return config().auditDbPath;
        },
        get databaseUrl() {
          return config().databaseUrl;
        },
        ...io,
        ...(process.stdin.isTTY ? { ask } : {}),
      });
    case 'audit':
      return auditCommand(args, {
        get auditDbPath() {
          return config().auditDbPath;
        },
        get databaseUrl() {
          return config().databaseUrl;
        },
        ...io,
        stream: process.stdout,
      });
    default:
      return undefined;
  }
}

async function dispatch(argv: readonly string[]): Promise<number | undefined> {
  const [first, ...rest] = argv;
  if (first === 'help' || first === '--help' || first === '-h') {
    const spec = SIMPLE.find(([s]) => s.name === rest[0])?.[0];
    if (rest[0] === 'policy' || rest[0] === 'approve' || rest[0] === 'audit')
      return delegated(rest[0], ['--help']);
    return (out(spec ? commandHelp(spec) : HELP), 0);
  }
  if (first === '--version' || first === '-V' || first === '-v') return version();
  // No command, or only options: serve (what MCP hosts run, e.g. `aws-tool-mcp --http`).
  const [command, args] = first === undefined || first.startsWith('-') ? ['serve', argv] : [first, rest];
  const simple = SIMPLE.find(([s]) => s.name === command);
  if (simple) return withCommandLine(simple[0], args, io, simple[1]);
  const code = await delegated(command, args);
  if (code !== undefined) return code;
  err(`${BIN_NAME}: unknown command '${command}'\n\n${HELP}`);
  return 2;
}

export async function runCli(argv: readonly string[]): Promise<number | undefined> {
  try {
    return await dispatch(argv);
  } catch (e) {
    if (e instanceof ConfigError) return (err(e.message), 2);
    if (e instanceof UsageError) return (printUsageError(e, SERVE, err), 2);
    if (e instanceof CliError) return (err(e.message), 1);
    if (isToolError(e)) {
      err(`${e.code}: ${inCliTerms(e.message)}${e.hint ? `\n${inCliTerms(e.hint)}` : ''}`);
      return 1;
    }
    throw e;
  }
}

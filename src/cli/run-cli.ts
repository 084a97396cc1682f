// Commands for humans: serve (the default, what MCP hosts run), sync, search, schema, and the
// policy, approval and audit commands. Output for people goes to stdout except while serving,
// when stdout belongs to the MCP protocol and everything else goes to stderr.

import { createInterface } from 'node:readline/promises';
import { ConfigError, loadConfig, type Config } from '../config/load-config.js';
import { isToolError } from '../errors/tool-error.js';
import { createStderrLogger, type Logger } from '../logging/logger.js';
import { buildApp, openModels, serve, SERVER_VERSION } from '../main.js';
import { approveCommand } from './approve-command.js';
import { auditCommand } from './audit-command.js';
import { policyCommand } from './policy-command.js';

const HELP = `aws-tool-mcp ${SERVER_VERSION}: find, understand and call any AWS API operation over MCP.

usage: aws-tool-mcp [command] [args]

  serve [--http]                   serve MCP over stdio (default) or Streamable HTTP
  sync                             sync the Smithy models and build the catalog, then exit
  search <words...> [--service s]  search operations as the aws_search_operations tool does
  schema <service> <operation> [--full]   print an operation's input JSON Schema
  policy check [file]              lint a policy file (default POLICY_PATH)
  policy explain <service:Operation> [--region r]   the policy decision and why
  approve <id>                     approve a pending out-of-band request
  audit [--since 1h] [--tx id] [--json]   show the audit trail
  help, --version

Settings come from the environment and .env; see README.md.`;

const out = (line: string): void => void process.stdout.write(`${line}\n`);

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
const err = (line: string): void => void process.stderr.write(`${line}\n`);

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}

async function oneShot(
  config: Config,
  logger: Logger,
  run: (app: Awaited<ReturnType<typeof buildApp>>) => unknown,
) {
  const app = await buildApp(config, logger);
  try {
    out(JSON.stringify(await run(app), null, 2));
    return 0;
  } finally {
    app.close();
  }
}

async function dispatch(
  command: string,
  args: string[],
  config: Config,
  logger: Logger,
): Promise<number | undefined> {
  switch (command) {
    case 'serve': {
      const http = flag(args, '--http');
      await serve(http ? { ...config, transport: 'http' } : config, logger);
      return undefined;
    }
    case 'sync': {
      const { tree, catalog } = await openModels(config, logger);
      out(
        `models at ${tree.root}, commit ${tree.commit}: ${catalog.services().length} services, ${catalog.operations().length} operations`,
      );
      return 0;
    }
    case 'search': {
      const service = option(args, '--service');
      const tool = (app: Awaited<ReturnType<typeof buildApp>>) => app.tools[0]!;
      return oneShot(config, logger, (app) =>
        tool(app).run({ query: args.join(' '), ...(service ? { serviceHint: service } : {}) }, noCall),
      );
    }
    case 'schema': {
      const full = flag(args, '--full');
      const [service, operation] = args;
      if (!service || !operation) throw usage('schema <service> <operation> [--full]');
      return oneShot(config, logger, (app) =>
        app.tools[1]!.run({ service, operation, detail: full ? 'full' : 'compact' }, noCall),
      );
    }
    case 'policy': {
      const { catalog } = await openModels(config, logger);
      return policyCommand(args, { catalog, policyPath: config.policyPath, out, err });
    }
    case 'approve':
      // At a terminal the person confirms what they approve; in scripts the id alone is the yes.
      return approveCommand(args, {
        auditDbPath: config.auditDbPath,
        out,
        err,
        ...(process.stdin.isTTY ? { ask } : {}),
      });
    case 'audit':
      return auditCommand(args, { auditDbPath: config.auditDbPath, out, err });
    default:
      err(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

const noCall = {
  signal: new AbortController().signal,
  progress: async () => undefined,
  approval: {},
};

function usage(text: string): Error {
  return new Error(`usage: aws-tool-mcp ${text}`);
}

export async function runCli(argv: readonly string[]): Promise<number | undefined> {
  const [command = 'serve', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') return (out(HELP), 0);
  if (command === '--version' || command === '-v') return (out(SERVER_VERSION), 0);
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) return (err(e.message), 2);
    throw e;
  }
  const logger = createStderrLogger(config.logLevel);
  try {
    return await dispatch(command, [...rest], config, logger);
  } catch (e) {
    if (isToolError(e)) {
      err(`${e.code}: ${e.message}${e.hint ? `\n${e.hint}` : ''}`);
      return 1;
    }
    throw e;
  }
}

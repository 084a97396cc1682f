// `aws-tool-mcp policy check [file]` lints a policy; `aws-tool-mcp policy explain <service:Operation>
// [--policy file] [--region r] [--profile p] [--role-arn arn] [--account id]` prints the decision
// and every step, and says it in its exit code.

import { statSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/types.js';
import { isToolError } from '../errors/tool-error.js';
import { explain } from '../policy/decide.js';
import { effectivePolicy } from '../policy/identities.js';
import { loadPolicy, PolicyLoadError } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import {
  BIN_NAME,
  CliError,
  operationTarget,
  stringOption,
  withCommandLine,
  type CommandSpec,
} from './args.js';
import { inCliTerms } from './cli-terms.js';
import { personLines, principalFromJson } from './policy-person.js';

export interface PolicyCommandDeps {
  /** The catalog, opened only when a subcommand needs it (never for `--help`). */
  readonly catalog: () => Promise<Catalog>;
  /** POLICY_PATH, when set. */
  readonly policyPath: string | undefined;
  readonly out: (line: string) => void;
  readonly err?: (line: string) => void;
}

/** `policy explain` exit codes: scripts can branch on the decision. */
export const EXPLAIN_EXIT = { allow: 0, error: 1, usage: 2, deny: 3, confirm: 4 } as const;

export const POLICY_CHECK: CommandSpec = {
  name: 'policy check',
  summary: 'Lint a policy file (default: POLICY_PATH) and summarise what it allows.',
  args: '[file]',
  positionals: { min: 0, max: 1 },
  options: {},
  details: ['exit codes: 0 valid, 1 invalid or unreadable, 2 bad command line'],
};

export const POLICY_EXPLAIN: CommandSpec = {
  name: 'policy explain',
  summary: 'The policy decision for an operation, and each step that led to it.',
  args: '<service:Operation | service Operation>',
  positionals: { min: 1, max: 2 },
  options: {
    policy: { type: 'string', value: 'FILE', doc: 'policy file to use (default: POLICY_PATH)' },
    region: { type: 'string', value: 'REGION', doc: 'region of the call (default: any region)' },
    profile: { type: 'string', value: 'NAME', doc: 'AWS profile the call would use' },
    'role-arn': { type: 'string', value: 'ARN', doc: 'role the call would assume' },
    account: { type: 'string', value: 'ID', doc: 'account the call would reach' },
    as: {
      type: 'string',
      value: 'JSON',
      doc: 'the person calling: {"sub","iss","groups","email"} claims, or {"local":true}',
    },
  },
  details: [
    `example: ${BIN_NAME} policy explain s3:DeleteBucket --policy policy.yaml --region eu-west-1`,
    `example: ${BIN_NAME} policy explain s3:DeleteBucket --as '{"sub":"u1","groups":["developers"]}'`,
    'exit codes: 0 allow, 3 deny, 4 needs human approval, 1 error (policy file, unknown operation),',
    '            2 bad command line',
  ],
};

const GROUP_HELP = [
  `usage: ${BIN_NAME} policy <check|explain> [args]`,
  '',
  `  check [file]                       ${POLICY_CHECK.summary}`,
  `  explain <service:Operation>        ${POLICY_EXPLAIN.summary}`,
  '',
  `Run '${BIN_NAME} policy <check|explain> --help' for the options.`,
].join('\n');

/**
 * A clear error when a configured policy file is missing or unreadable (instead of ENOENT at
 * line 0), naming the path and where it came from; undefined when the file can be read.
 */
export function policyFileProblem(file: string, origin: string): string | undefined {
  const full = path.resolve(file);
  try {
    if (statSync(full).isFile()) return undefined;
    return `The policy file ${full} (${origin}) is not a file.`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return (
        `The policy file ${full} (${origin}) does not exist. Create it (policy.example.yaml documents ` +
        'every key), fix the path, or unset POLICY_PATH for the built-in read-only policy.'
      );
    }
    return `Cannot read the policy file ${full} (${origin}): ${code ?? 'unreadable'}.`;
  }
}

export async function policyCommand(args: readonly string[], deps: PolicyCommandDeps): Promise<number> {
  const err = deps.err ?? deps.out;
  const io = { out: deps.out, err };
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help') return (deps.out(GROUP_HELP), 0);
  const spec = sub === 'check' ? POLICY_CHECK : sub === 'explain' ? POLICY_EXPLAIN : undefined;
  if (!spec) {
    err(
      sub === undefined
        ? `${BIN_NAME} policy: missing subcommand`
        : `${BIN_NAME} policy: unknown subcommand '${sub}'`,
    );
    err(GROUP_HELP);
    return 2;
  }
  return withCommandLine(spec, rest, io, async (values, positionals) => {
    try {
      if (spec === POLICY_CHECK) return await check(positionals[0], deps);
      return await explainCommand(values, positionals, deps);
    } catch (e) {
      if (e instanceof PolicyLoadError || e instanceof CliError) return (err(e.message), EXPLAIN_EXIT.error);
      if (isToolError(e)) {
        err(`${e.code}: ${inCliTerms(e.message)}${e.hint ? `\n${inCliTerms(e.hint)}` : ''}`);
        return EXPLAIN_EXIT.error;
      }
      throw e;
    }
  });
}

function describe(policy: Policy): string[] {
  const list = (s: ReadonlySet<string> | undefined, none: string): string =>
    s ? [...s].join(', ') || '(none)' : none;
  return [
    `mode: ${policy.mode}`,
    `services: allow ${list(policy.services.allow, 'all')}; deny ${list(policy.services.deny, '(none)')}`,
    `rules: ${policy.rules.deny.length} deny, ${policy.rules.allow ? `${policy.rules.allow.length} allow` : 'no allow list'}; ${policy.destructivePatterns.length} destructive patterns`,
    `approval: required for ${[...policy.approval.requireFor].join(', ')}; mode ${policy.approval.mode}; tokens valid ${policy.approval.ttlSeconds}s`,
    `regions: ${list(policy.regions, 'all')}`,
    ...(policy.identities
      ? [
          `identities: ${policy.identities.rules.map((r) => `${r.id} (line ${r.line})`).join(', ') || '(none)'}; ` +
            `anybody else: ${policy.identities.otherwise === 'base' ? 'the base policy' : 'Forbidden'}`,
        ]
      : []),
    `sha256: ${policy.hash}`,
  ];
}

/** The policy a subcommand uses: the given file, else POLICY_PATH, else the built-in default. */
async function policyFrom(file: string | undefined, deps: PolicyCommandDeps): Promise<Policy> {
  const chosen = file ?? deps.policyPath;
  const problem = chosen
    ? policyFileProblem(chosen, file ? 'given on the command line' : 'POLICY_PATH')
    : undefined;
  if (problem) throw new CliError(problem);
  return loadPolicy(chosen, await deps.catalog());
}

async function check(file: string | undefined, deps: PolicyCommandDeps): Promise<number> {
  if (!file && !deps.policyPath) {
    deps.out('No policy file given and POLICY_PATH is not set: the built-in read-only policy applies.');
  }
  const policy = await policyFrom(file, deps);
  deps.out(`${policy.source}: OK`);
  describe(policy).forEach((l) => deps.out(`  ${l}`));
  return 0;
}

async function explainCommand(
  values: Readonly<Record<string, string | boolean | undefined>>,
  positionals: readonly string[],
  deps: PolicyCommandDeps,
): Promise<number> {
  const [wantedService, wantedOperation] = operationTarget(POLICY_EXPLAIN, positionals);
  const policy = await policyFrom(stringOption(values, 'policy'), deps);
  const { service, operation } = (await deps.catalog()).resolveOperation(wantedService, wantedOperation);
  const region = stringOption(values, 'region');
  const as = stringOption(values, 'as');
  const principal = as === undefined ? undefined : principalFromJson(as);
  let person: Policy;
  try {
    person = effectivePolicy(policy, principal);
  } catch (e) {
    if (!isToolError(e) || e.code !== 'Forbidden') throw e;
    deps.out(`${service.id}:${operation.name} under ${policy.source}`);
    deps.out(`decision: FORBIDDEN [identities]`);
    deps.out(`reason: ${e.message}`);
    return EXPLAIN_EXIT.deny;
  }
  const { decision, steps } = explain(policy, {
    service,
    operation,
    region,
    profile: stringOption(values, 'profile'),
    roleArn: stringOption(values, 'role-arn'),
    account: stringOption(values, 'account'),
    preview: region === undefined,
    ...(principal ? { principal } : {}),
  });
  deps.out(`${service.id}:${operation.name} (${decision.risk}) under ${policy.source}`);
  deps.out(`decision: ${decision.effect.toUpperCase()}${'rule' in decision ? ` [${decision.rule}]` : ''}`);
  deps.out(`reason: ${decision.reason}`);
  for (const s of steps) deps.out(`  ${s.outcome.padEnd(7)} ${s.step.padEnd(22)} ${s.detail}`);
  if (decision.effect !== 'deny') {
    personLines(person, await deps.catalog(), service, operation, principal !== undefined).forEach((l) =>
      deps.out(l),
    );
  }
  return EXPLAIN_EXIT[decision.effect];
}

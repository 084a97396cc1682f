// `aws-tool-mcp policy check [file]` lints a policy; `aws-tool-mcp policy explain <service:Operation>
// [--region r] [--profile p] [--role-arn arn] [--account id]` prints the decision and every step.

import type { Catalog } from '../catalog/types.js';
import { isToolError } from '../errors/tool-error.js';
import { explain } from '../policy/decide.js';
import { loadPolicy, PolicyLoadError } from '../policy/load.js';
import type { Policy } from '../policy/types.js';

export interface PolicyCommandDeps {
  readonly catalog: Catalog;
  /** POLICY_PATH, when set. */
  readonly policyPath: string | undefined;
  readonly out: (line: string) => void;
  readonly err?: (line: string) => void;
}

const USAGE = [
  'usage: aws-tool-mcp policy check [file]',
  '       aws-tool-mcp policy explain <service:Operation> [--region r] [--profile p] [--role-arn arn] [--account id]',
];

export async function policyCommand(args: readonly string[], deps: PolicyCommandDeps): Promise<number> {
  const err = deps.err ?? deps.out;
  const [sub, ...rest] = args;
  try {
    if (sub === 'check') return check(rest, deps);
    if (sub === 'explain') return explainCommand(rest, deps);
  } catch (e) {
    if (e instanceof PolicyLoadError) {
      err(e.message);
      return 1;
    }
    if (isToolError(e)) {
      err(`${e.message}${e.hint ? ` ${e.hint}` : ''}`);
      return 2;
    }
    throw e;
  }
  USAGE.forEach((l) => err(l));
  return 2;
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
    `sha256: ${policy.hash}`,
  ];
}

function check(rest: readonly string[], deps: PolicyCommandDeps): number {
  const file = rest[0] ?? deps.policyPath;
  if (!file) {
    deps.out('No policy file given and POLICY_PATH is not set: the built-in read-only policy applies.');
  }
  const policy = loadPolicy(file, deps.catalog);
  deps.out(`${policy.source}: OK`);
  describe(policy).forEach((l) => deps.out(`  ${l}`));
  return 0;
}

function flag(rest: readonly string[], name: string): string | undefined {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
}

function explainCommand(rest: readonly string[], deps: PolicyCommandDeps): number {
  const target = rest.find((a, i) => !a.startsWith('--') && (i === 0 || !rest[i - 1]!.startsWith('--')));
  const sep = target?.indexOf(':') ?? -1;
  if (!target || sep <= 0) {
    USAGE.forEach((l) => (deps.err ?? deps.out)(l));
    return 2;
  }
  const { service, operation } = deps.catalog.resolveOperation(target.slice(0, sep), target.slice(sep + 1));
  const policy = loadPolicy(deps.policyPath, deps.catalog);
  const region = flag(rest, '--region');
  const { decision, steps } = explain(policy, {
    service,
    operation,
    region,
    profile: flag(rest, '--profile'),
    roleArn: flag(rest, '--role-arn'),
    account: flag(rest, '--account'),
    preview: region === undefined,
  });
  deps.out(`${service.id}:${operation.name} (${decision.risk}) under ${policy.source}`);
  deps.out(`decision: ${decision.effect.toUpperCase()}${'rule' in decision ? ` [${decision.rule}]` : ''}`);
  deps.out(`reason: ${decision.reason}`);
  for (const s of steps) deps.out(`  ${s.outcome.padEnd(7)} ${s.step.padEnd(22)} ${s.detail}`);
  return 0;
}

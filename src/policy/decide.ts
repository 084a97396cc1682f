// decide(): the one place that turns a policy and a resolved operation into allow, deny or confirm.
// Order: mode, service deny, service allow, rule deny, rule allow, region, profile/role/account,
// risk. Every deny check runs before the approval check, so deny always wins.
//
// Matching is spelling-proof: the catalog has already resolved the canonical service id and
// operation name. Allow rules match `Operation` and `<canonical>:Operation` (aliases in a rule's
// literal prefix were canonicalised at load time). Deny rules and destructive_patterns, which can
// only make the policy stricter, ALSO match `<alias>:Operation` for every alias of the service and
// the CLI spelling (`delete-bucket`), so a deny written in any spelling still wins.

import type { OperationEntry, Risk, ServiceEntry } from '../catalog/types.js';
import type { Principal } from '../identity/principal.js';
import { effectivePolicy } from './identities.js';
import type { CompiledPattern, Decision, ExplainStep, Policy } from './types.js';

export interface DecisionRequest {
  readonly service: ServiceEntry;
  /** Only the name and the risk tier matter to a decision. */
  readonly operation: Pick<OperationEntry, 'name' | 'risk'>;
  /** The region the call will be sent to (after defaults were applied). */
  readonly region?: string;
  /** The credentials profile in use; undefined means the default chain (`default`). */
  readonly profile?: string;
  /** The role the call assumes, when `options.roleArn` is given. */
  readonly roleArn?: string;
  /** The target account (required when the policy has an `accounts` allowlist). */
  readonly account?: string;
  /**
   * A preview (schema tool, `policy explain` without --region): an unknown region or account is not
   * checked. Without it an unknown region or account fails closed when the policy restricts them.
   */
  readonly preview?: boolean;
  /**
   * Who calls: the policy's `identities:` narrow it for them (identities.ts). Absent = the policy
   * as given (already resolved for the caller, or a policy without identities). Throws
   * `Forbidden` for a person no identity rule admits.
   */
  readonly principal?: Principal;
}

const READ_TIERS: ReadonlySet<Risk> = new Set<Risk>(['read', 'sensitive-read']);

export function decide(policy: Policy, req: DecisionRequest): Decision {
  return evaluate(effectivePolicy(policy, req.principal), req);
}

/** The decision plus every step that led to it, for `policy explain`. */
export function explain(policy: Policy, req: DecisionRequest): { decision: Decision; steps: ExplainStep[] } {
  const steps: ExplainStep[] = [];
  const effective = effectivePolicy(policy, req.principal);
  if (effective.identity) {
    steps.push({
      step: 'identities',
      outcome: 'pass',
      detail: `${effective.identity.id} (line ${effective.identity.line}) narrows the policy for this person`,
    });
  } else if (req.principal && policy.identities) {
    steps.push({
      step: 'identities',
      outcome: 'skip',
      detail: 'no identity rule matches: the base policy applies',
    });
  }
  return { decision: evaluate(effective, req, steps), steps };
}

/** `DeleteBucket` -> `delete-bucket`, the AWS CLI spelling. */
export function cliName(operation: string): string {
  return operation
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** Names an allow rule is matched against. */
function allowCandidates(req: DecisionRequest): string[] {
  const op = req.operation.name;
  return [op, `${req.service.id}:${op}`];
}

/** Names deny rules and destructive patterns are matched against: every spelling of the operation. */
export function denyCandidates(req: Pick<DecisionRequest, 'service' | 'operation'>): string[] {
  const names = [req.operation.name, cliName(req.operation.name)];
  const services = [req.service.id, ...req.service.aliases];
  return [...names, ...services.flatMap((s) => names.map((n) => `${s}:${n}`))];
}

function firstMatch(
  patterns: readonly CompiledPattern[],
  candidates: readonly string[],
): CompiledPattern | undefined {
  return patterns.find((p) => candidates.some((c) => p.regex.test(c)));
}

/** The catalog's risk, raised to destructive when a destructive pattern matches. */
export function effectiveRisk(policy: Policy, req: DecisionRequest): Risk {
  if (req.operation.risk === 'destructive') return 'destructive';
  const patterns = effectivePolicy(policy, req.principal).destructivePatterns;
  return firstMatch(patterns, denyCandidates(req)) ? 'destructive' : req.operation.risk;
}

/**
 * What each check stage needs: the policy, the request, and the step recorder. One object, so the
 * stages below read as the ordered list of checks the header comment describes.
 */
interface Evaluation {
  readonly policy: Policy;
  readonly req: DecisionRequest;
  readonly risk: Risk;
  readonly name: string;
  pass(step: string, detail: string): void;
  skip(step: string, detail: string): void;
  deny(rule: string, reason: string): Decision;
}

function evaluate(policy: Policy, req: DecisionRequest, steps?: ExplainStep[]): Decision {
  const risk = effectiveRisk(policy, req);
  const ev: Evaluation = {
    policy,
    req,
    risk,
    name: `${req.service.id}:${req.operation.name}`,
    pass: (step, detail) => void steps?.push({ step, outcome: 'pass', detail }),
    skip: (step, detail) => void steps?.push({ step, outcome: 'skip', detail }),
    deny: (rule, reason) => {
      steps?.push({ step: rule, outcome: 'deny', detail: reason });
      return { effect: 'deny', risk, rule, reason };
    },
  };
  // Every deny stage runs before the approval stage: deny always wins over confirm.
  const denied = checkModeAndServices(ev) ?? checkRules(ev) ?? checkRegion(ev) ?? checkCredentials(ev);
  if (denied) return denied;

  const { name } = ev;
  if (policy.approval.requireFor.has(risk)) {
    const reason = `${name} is a ${risk} operation; the policy requires a human approval for ${risk}`;
    steps?.push({ step: 'approval.require_for', outcome: 'confirm', detail: reason });
    return { effect: 'confirm', risk, rule: 'approval.require_for', reason, requiredFor: risk };
  }
  ev.pass('approval.require_for', `${risk} needs no approval`);
  return {
    effect: 'allow',
    risk,
    reason: `${name} (${risk}) is allowed by ${policy.source === 'builtin:read-only' ? 'the built-in read-only policy' : 'the policy'}`,
  };
}

/** Mode, then the service deny list, then the service allow list. */
function checkModeAndServices({
  policy,
  req,
  risk,
  name,
  pass,
  skip,
  deny,
}: Evaluation): Decision | undefined {
  if (policy.mode === 'read-only' && !READ_TIERS.has(risk)) {
    return deny('mode', `policy mode is read-only and ${name} is a ${risk} operation`);
  }
  pass('mode', `mode ${policy.mode}, ${name} is ${risk}`);

  if (policy.services.deny.has(req.service.id)) {
    return deny('services.denylist', `service '${req.service.id}' is in services.denylist`);
  }
  pass('services.denylist', `'${req.service.id}' is not denied`);

  if (policy.services.allow && !policy.services.allow.has(req.service.id)) {
    return deny('services.allowlist', `service '${req.service.id}' is not in services.allowlist`);
  }
  if (policy.services.allow) pass('services.allowlist', `'${req.service.id}' is allowed`);
  else skip('services.allowlist', 'no allowlist: every service');
  return undefined;
}

/** Deny rules (every spelling), then the policy's allow rules, then the identity's allow rules. */
function checkRules({ policy, req, name, pass, skip, deny }: Evaluation): Decision | undefined {
  const denied = firstMatch(policy.rules.deny, denyCandidates(req));
  if (denied) return deny(denied.id, `${name} matches deny rule '${denied.pattern}' (line ${denied.line})`);
  pass('rules.deny', `no deny rule matches ${name}`);

  if (policy.rules.allow) {
    const allowed = firstMatch(policy.rules.allow, allowCandidates(req));
    if (!allowed) return deny('rules.allow', `${name} matches no rule in rules.allow`);
    pass(allowed.id, `${name} matches allow rule '${allowed.pattern}' (line ${allowed.line})`);
  } else skip('rules.allow', 'no allow rules: not restricted by rules');
  if (policy.rules.identityAllow) {
    const allowed = firstMatch(policy.rules.identityAllow, allowCandidates(req));
    if (!allowed)
      return deny('identity rules.allow', `${name} matches no rule in the identity's rules.allow`);
    pass(allowed.id, `${name} matches allow rule '${allowed.pattern}' (line ${allowed.line})`);
  }
  return undefined;
}

/** An unknown region fails closed unless this is a preview. */
function checkRegion({ policy, req, pass, skip, deny }: Evaluation): Decision | undefined {
  if (policy.regions) {
    if (req.region === undefined) {
      if (!req.preview) return deny('regions', 'no region given; the policy restricts regions');
      skip('regions', `no region given; the policy allows only ${[...policy.regions].join(', ')}`);
    } else if (!policy.regions.has(req.region)) {
      return deny('regions', `region '${req.region}' is not in the policy's regions`);
    } else pass('regions', `region '${req.region}' is allowed`);
  } else skip('regions', 'no region allowlist');
  return undefined;
}

/** Profile, role and account; an unknown account fails closed unless this is a preview. */
function checkCredentials({ policy, req, pass, deny }: Evaluation): Decision | undefined {
  const profile = req.profile ?? 'default';
  if (policy.profiles && !policy.profiles.has(profile)) {
    return deny('profiles', `profile '${profile}' is not in the policy's profiles`);
  }
  if (policy.roles && req.roleArn !== undefined && !policy.roles.some((r) => r.regex.test(req.roleArn!))) {
    return deny('roles', `role '${req.roleArn}' is not in the policy's roles`);
  }
  if (policy.accounts) {
    if (req.account === undefined) {
      if (!req.preview)
        return deny('accounts', 'the target account is unknown; the policy restricts accounts');
    } else if (!policy.accounts.has(req.account)) {
      return deny('accounts', `account '${req.account}' is not in the policy's accounts`);
    }
  }
  pass('credentials', 'profile, role and account are allowed');
  return undefined;
}

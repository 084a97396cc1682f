// The policy for one person: the first `identities:` rule whose `match` holds for the principal
// narrows the base policy. Narrowing only ever takes the stricter side of each setting, so a rule
// can never allow what the base policy refuses (test/unit/policy/identities-narrowing.test.ts):
//   mode: read-only wins; services.allowlist: intersection; denylists, rules.deny,
//   destructive_patterns, required_tags, conditions: union; rules.allow: both lists must match;
//   approval.require_for: union; ttl: shorter; mode: stricter (elicit-or-token < token <
//   out-of-band); approvers: groups in both; rate_limits: lower of each.
//
// Who a rule matches: `local: true` matches only the local OS user (stdio, unauthenticated
// loopback HTTP); any other rule matches only authenticated people. A local principal no rule
// matches keeps the base policy (single-user setups work unchanged); anybody else no rule
// matches is refused with `Forbidden`, unless `identities_default: base`.

import { ToolError } from '../errors/tool-error.js';
import type { Principal } from '../identity/principal.js';
import type { IdentityMatch, IdentityRule, Policy, PolicyMode, RateLimits } from './types.js';

const APPROVAL_STRICTNESS = { 'elicit-or-token': 0, token: 1, 'out-of-band': 2 } as const;

/** Per base policy object (its hash is part of it): the narrowed policy of each rule, built once. */
const resolved = new WeakMap<Policy, Map<string, Policy>>();

/** Whether a rule's `match` holds for the principal: every key present must hold; a list is any-of. */
export function matchesIdentity(match: IdentityMatch, principal: Principal): boolean {
  if ((match.local === true) !== (principal.source === 'local')) return false;
  const email = principal.email?.toLowerCase();
  return (
    (match.groups === undefined || principal.groups.some((g) => match.groups!.includes(g))) &&
    (match.subjects === undefined || match.subjects.includes(principal.subject)) &&
    (match.emails === undefined ||
      (email !== undefined && match.emails.some((e) => e.toLowerCase() === email))) &&
    (match.issuers === undefined ||
      (principal.issuer !== undefined && match.issuers.includes(principal.issuer)))
  );
}

/** The first rule that matches, or undefined. */
export function identityRuleFor(policy: Policy, principal: Principal): IdentityRule | undefined {
  return policy.identities?.rules.find((rule) => matchesIdentity(rule.match, principal));
}

/**
 * The policy that applies to `principal`: the base policy narrowed by its identity rule. Throws
 * `Forbidden` when the policy has identities, none matches, and the person is not local.
 * Idempotent: a resolved policy has no identities left, so resolving it again returns it.
 */
export function effectivePolicy(policy: Policy, principal: Principal | undefined): Policy {
  if (principal === undefined || policy.identities === undefined) return policy;
  const rule = identityRuleFor(policy, principal);
  if (!rule && principal.source !== 'local' && policy.identities.otherwise === 'forbid') {
    throw new ToolError('Forbidden', `No identity rule of the policy matches ${describe(principal)}.`, {
      hint: 'Ask the operator to add a rule for you under identities: in policy.yaml.',
      details: { subject: principal.subject, ...(principal.issuer ? { issuer: principal.issuer } : {}) },
    });
  }
  let byRule = resolved.get(policy);
  if (!byRule) resolved.set(policy, (byRule = new Map()));
  const key = `${policy.hash}#${rule?.id ?? 'base'}`;
  let out = byRule.get(key);
  if (!out)
    byRule.set(
      key,
      (out = rule ? narrow(policy, rule) : Object.freeze({ ...policy, identities: undefined })),
    );
  return out;
}

/** The base policy narrowed by one rule (never wider; see the header). */
export function narrow(base: Policy, rule: IdentityRule): Policy {
  const approvalMode =
    rule.approval?.mode && APPROVAL_STRICTNESS[rule.approval.mode] > APPROVAL_STRICTNESS[base.approval.mode]
      ? rule.approval.mode
      : base.approval.mode;
  return Object.freeze({
    ...base,
    identities: undefined,
    identity: { id: rule.id, line: rule.line },
    mode: stricterMode(base.mode, rule.mode),
    services: {
      allow: intersect(base.services.allow, rule.services?.allow),
      deny: new Set([...base.services.deny, ...(rule.services?.deny ?? [])]),
    },
    rules: {
      ...(base.rules.allow ? { allow: base.rules.allow } : {}),
      deny: [...base.rules.deny, ...(rule.rules?.deny ?? [])],
      ...(rule.rules?.allow ? { identityAllow: rule.rules.allow } : {}),
    },
    destructivePatterns: [...base.destructivePatterns, ...(rule.destructivePatterns ?? [])],
    approval: {
      requireFor: new Set([...base.approval.requireFor, ...(rule.approval?.requireFor ?? [])]),
      ttlSeconds: Math.min(base.approval.ttlSeconds, rule.approval?.ttlSeconds ?? Infinity),
      mode: approvalMode,
      ...optionalSet('approvers', intersect(base.approval.approvers, rule.approval?.approvers)),
    },
    requiredTags: [...(base.requiredTags ?? []), ...(rule.requiredTags ?? [])],
    conditions: [...(base.conditions ?? []), ...(rule.conditions ?? [])],
    rateLimits: lowerLimits(base.rateLimits, rule.rateLimits),
    ...assignedRole(base, rule),
  } satisfies Policy);
}

/**
 * The rule's role, with the operator's base policy that decides obtaining it (the person's service
 * lists and rules never see the server's sts:AssumeRole for it); a base already narrowed keeps its own.
 */
function assignedRole(base: Policy, rule: IdentityRule): Pick<Policy, 'role'> {
  if (rule.role) return { role: { ...rule.role, operatorPolicy: base } };
  return base.role ? { role: base.role } : {};
}

function stricterMode(base: PolicyMode, wanted: PolicyMode | undefined): PolicyMode {
  return base === 'read-only' || wanted === 'read-only' ? 'read-only' : 'standard';
}

/** Both restrictions at once; undefined means unrestricted. */
function intersect(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined,
): ReadonlySet<string> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

function lowerLimits(a: RateLimits | undefined, b: RateLimits | undefined): RateLimits | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const low = (x: number | undefined, y: number | undefined) =>
    x === undefined ? y : y === undefined ? x : Math.min(x, y);
  const calls = low(a.callsPerMinute, b.callsPerMinute);
  const writes = low(a.writesPerMinute, b.writesPerMinute);
  const concurrent = low(a.concurrentCalls, b.concurrentCalls);
  return {
    ...(calls !== undefined ? { callsPerMinute: calls } : {}),
    ...(writes !== undefined ? { writesPerMinute: writes } : {}),
    ...(concurrent !== undefined ? { concurrentCalls: concurrent } : {}),
  };
}

function optionalSet(
  key: 'approvers',
  set: ReadonlySet<string> | undefined,
): { approvers?: ReadonlySet<string> } {
  return set === undefined ? {} : { [key]: set };
}

function describe(p: Principal): string {
  return `${p.name ?? p.email ?? p.subject}${p.issuer ? ` (${p.issuer})` : ''}`;
}

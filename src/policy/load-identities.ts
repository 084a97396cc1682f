// `identities:`: an ordered list of rules, each a `match` on the caller's claims plus the sections
// that narrow the base policy for them (see identities.ts for how they combine). Problems name
// their line like the rest of the policy.

import { isScalar, type Node } from 'yaml';
import { rulePatterns, serviceIds, type ServiceResolver } from './compile.js';
import { MODES, readApproval, readConditions, readRateLimits, readRequiredTags } from './load-sections.js';
import type { CompiledPattern, IdentityMatch, IdentityRule, IdentityRules } from './types.js';
import type { YamlReader } from './yaml-reader.js';

const RULE_KEYS = [
  'match',
  'mode',
  'services',
  'rules',
  'destructive_patterns',
  'approval',
  'required_tags',
  'conditions',
  'rate_limits',
  'role',
] as const;
const MATCH_KEYS = ['local', 'groups', 'sub', 'email', 'issuer'] as const;
/** An IAM role ARN, exactly (any partition). */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export function readIdentities(
  r: YamlReader,
  catalog: ServiceResolver,
  node: Node | null | undefined,
  otherwise: Node | null | undefined,
  baseRoles: readonly CompiledPattern[] | undefined,
): IdentityRules | undefined {
  const fallback = r.oneOf(otherwise, 'identities_default', ['forbid', 'base'] as const);
  const items = r.items(node, 'identities');
  if (items === undefined) {
    if (fallback) r.problem(otherwise, 'identities_default is set but there are no identities');
    return undefined;
  }
  const rules = items.map((item, i) => readRule(r, catalog, item, `identities[${i}]`, baseRoles));
  return { rules, otherwise: fallback ?? 'forbid' };
}

function readRule(
  r: YamlReader,
  catalog: ServiceResolver,
  item: Node,
  id: string,
  baseRoles: readonly CompiledPattern[] | undefined,
): IdentityRule {
  const m = r.mapping(item, id, RULE_KEYS);
  const line = r.at(item).line;
  const services = r.mapping(m.get('services'), `${id}.services`, ['allowlist', 'denylist']);
  const rules = r.mapping(m.get('rules'), `${id}.rules`, ['allow', 'deny']);
  const allow = serviceIds(r, catalog, services.get('allowlist'), `${id}.services.allowlist`);
  if (allow?.size === 0) {
    r.problem(services.get('allowlist'), `${id}.services.allowlist is empty: it would allow no service`);
  }
  const mode = r.oneOf(m.get('mode'), `${id}.mode`, MODES);
  const approval = readApproval(r, m.get('approval'), `${id}.approval`);
  const requiredTags = readRequiredTags(r, m.get('required_tags'), `${id}.required_tags`);
  const conditions = readConditions(r, catalog, m.get('conditions'), `${id}.conditions`);
  const rateLimits = readRateLimits(r, m.get('rate_limits'), `${id}.rate_limits`);
  const destructive = rulePatterns(r, catalog, m.get('destructive_patterns'), `${id}.destructive_patterns`);
  return {
    id,
    line,
    match: readMatch(r, m.get('match'), item, `${id}.match`),
    ...(mode ? { mode } : {}),
    services: {
      ...(allow ? { allow } : {}),
      ...optional('deny', serviceIds(r, catalog, services.get('denylist'), `${id}.services.denylist`)),
    },
    rules: {
      ...optional('allow', rulePatterns(r, catalog, rules.get('allow'), `${id}.rules.allow`)),
      ...optional('deny', rulePatterns(r, catalog, rules.get('deny'), `${id}.rules.deny`)),
    },
    ...optional('destructivePatterns', destructive),
    approval,
    ...optional('requiredTags', requiredTags),
    ...optional('conditions', conditions),
    ...optional('rateLimits', rateLimits),
    ...optional('role', readRole(r, m.get('role'), `${id}.role`, baseRoles)),
  };
}

/** `match`: every listed key must hold; a list (or a single string) is any-of. */
function readMatch(r: YamlReader, node: Node | null | undefined, owner: Node, path: string): IdentityMatch {
  const m = r.mapping(node, path, MATCH_KEYS);
  if (m.size === 0) {
    r.problem(node ?? owner, `${path} needs at least one of: ${MATCH_KEYS.join(', ')}`);
    // Matches nobody: a rule we could not read must never catch everyone.
    return { subjects: [] };
  }
  const list = (key: (typeof MATCH_KEYS)[number]): string[] | undefined => {
    const v = m.get(key);
    if (isScalar(v) && typeof v.value === 'string') return [v.value];
    return r.strings(v ?? undefined, `${path}.${key}`)?.map((s) => s.value);
  };
  const local = r.boolean(m.get('local'), `${path}.local`);
  return {
    ...(local !== undefined ? { local } : {}),
    ...optional('groups', list('groups')),
    ...optional('subjects', list('sub')),
    ...optional('emails', list('email')),
    ...optional('issuers', list('issuer')),
  };
}

function readRole(
  r: YamlReader,
  node: Node | null | undefined,
  path: string,
  baseRoles: readonly CompiledPattern[] | undefined,
): { arn: string; line: number } | undefined {
  const s = r.scalar(node);
  if (s === undefined) return undefined;
  if (typeof s.value !== 'string' || !ROLE_ARN.test(s.value)) {
    r.problem(node, `${path} must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)`);
    return undefined;
  }
  const arn = s.value;
  if (baseRoles && !baseRoles.some((p) => p.regex.test(arn))) {
    // An identity narrows: it cannot name a role the base policy's `roles` does not allow.
    r.problem(node, `${path} '${arn}' is not in the policy's roles`);
  }
  return { arn, line: s.line };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

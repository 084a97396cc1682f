// Loads policy.yaml into a compiled, immutable Policy. Every problem (unknown key, unknown service,
// invalid or catastrophic regex, bad value) is reported with its line; one error lists them all.
// Service names resolve through the catalog's aliases, so `cloudwatch-logs` and `logs` are the same.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { rulePatterns, serviceIds, type ServiceResolver } from './compile.js';
import { defaultPolicy } from './default-policy.js';
import { readIdentities } from './load-identities.js';
import { MODES, readApproval, readConditions, readRateLimits, readRequiredTags } from './load-sections.js';
import { checkSessionPolicies } from './session-policy.js';
import type { CompiledPattern, Policy } from './types.js';
import { YamlReader, type Located, type PolicyProblem } from './yaml-reader.js';

export type { ServiceResolver } from './compile.js';

const TOP_KEYS = [
  'version',
  'mode',
  'services',
  'rules',
  'destructive_patterns',
  'approval',
  'regions',
  'profiles',
  'roles',
  'accounts',
  'output',
  'required_tags',
  'conditions',
  'rate_limits',
  'identities',
  'identities_default',
] as const;
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT_ID = /^\d{12}$/;

export class PolicyLoadError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly PolicyProblem[],
  ) {
    super(
      `invalid policy ${source}:\n` +
        problems.map((p) => `  ${source}:${p.line}:${p.col}: ${p.message}`).join('\n'),
    );
    this.name = 'PolicyLoadError';
  }
}

/** The policy at `path`, or the built-in read-only default when no path is configured. */
export function loadPolicy(path: string | undefined, catalog: ServiceResolver): Policy {
  if (path === undefined || path === '') return defaultPolicy();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    // A configured but unreadable policy is an error, never a silent fallback to the default.
    const reason = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new PolicyLoadError(path, [
      { line: 0, col: 0, message: `cannot read the policy file (${reason})` },
    ]);
  }
  return parsePolicy(text, catalog, path);
}

export function parsePolicy(text: string, catalog: ServiceResolver, source = 'policy.yaml'): Policy {
  const { r, top } = readTopLevel(text, source);
  const policy = buildPolicy(r, catalog, top, text, source);
  // Session policies are checked against a policy that is otherwise valid, so their messages
  // never pile onto an earlier mistake.
  if (r.problems.length === 0) checkSessionPolicies(policy, catalog, r);
  if (r.problems.length > 0) {
    throw new PolicyLoadError(
      source,
      [...r.problems].sort((a, b) => a.line - b.line || a.col - b.col),
    );
  }
  return Object.freeze(policy);
}

type TopLevel = Map<string, Node | null>;

/**
 * The YAML document's top-level mapping and its version. YAML syntax errors stop here: the
 * sections below could only report follow-on noise about a document that did not parse.
 */
function readTopLevel(text: string, source: string): { r: YamlReader; top: TopLevel } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const r = new YamlReader(lines);
  for (const e of doc.errors) r.problemAtOffset(e.pos[0], e.message.split('\n')[0]!);
  if (r.problems.length > 0) throw new PolicyLoadError(source, r.problems);

  const top = r.mapping(doc.contents, '', TOP_KEYS);
  const version = r.scalar(top.get('version'));
  if (version === undefined) r.problem(doc.contents, 'version is required (version: 1)');
  else if (version.value !== 1) r.problem(top.get('version'), 'version must be 1');
  return { r, top };
}

/** Every section read into the compiled Policy; problems are collected in `r`, not thrown. */
function buildPolicy(
  r: YamlReader,
  catalog: ServiceResolver,
  top: TopLevel,
  text: string,
  source: string,
): Policy {
  const services = r.mapping(top.get('services'), 'services', ['allowlist', 'denylist']);
  const rules = r.mapping(top.get('rules'), 'rules', ['allow', 'deny']);
  const approval = readApproval(r, top.get('approval'), 'approval');
  const output = r.mapping(top.get('output'), 'output', ['reveal_sensitive']);
  const patterns = (key: string, node = top.get(key)): CompiledPattern[] | undefined =>
    rulePatterns(r, catalog, node, key);
  const allowIds = serviceIds(r, catalog, services.get('allowlist'), 'services.allowlist');
  const { regions, accounts, profiles, roles } = readTargets(r, top);
  return {
    version: 1,
    mode: r.oneOf(top.get('mode'), 'mode', MODES) ?? 'read-only',
    services: {
      allow: allowIds && allowIds.size > 0 ? allowIds : undefined,
      deny: serviceIds(r, catalog, services.get('denylist'), 'services.denylist') ?? new Set(),
    },
    rules: {
      allow: patterns('rules.allow', rules.get('allow')),
      deny: patterns('rules.deny', rules.get('deny')) ?? [],
    },
    destructivePatterns: patterns('destructive_patterns') ?? [],
    approval: {
      // Destructive calls always need a human yes; require_for adds tiers.
      requireFor: new Set(['destructive', ...(approval.requireFor ?? [])]),
      ttlSeconds: approval.ttlSeconds ?? 3600,
      mode: approval.mode ?? 'elicit-or-token',
      ...(approval.approvers ? { approvers: approval.approvers } : {}),
    },
    regions,
    profiles: profiles ? new Set(profiles.map((p) => p.value)) : undefined,
    roles,
    accounts,
    output: {
      revealSensitive: r.boolean(output.get('reveal_sensitive'), 'output.reveal_sensitive') ?? false,
    },
    requiredTags: readRequiredTags(r, top.get('required_tags'), 'required_tags') ?? [],
    conditions: readConditions(r, catalog, top.get('conditions'), 'conditions') ?? [],
    rateLimits: readRateLimits(r, top.get('rate_limits'), 'rate_limits'),
    identities: readIdentities(r, catalog, top.get('identities'), top.get('identities_default'), roles),
    hash: createHash('sha256').update(text).digest('hex'),
    source,
  };
}

/** Where calls may go: regions, accounts, profiles and role ARNs (read in this order, as before). */
function readTargets(r: YamlReader, top: TopLevel) {
  const regions = located(
    r.strings(top.get('regions'), 'regions'),
    (v) => REGION_NAME.test(v),
    r,
    'not a region name',
  );
  const accounts = located(
    r.strings(top.get('accounts'), 'accounts'),
    (v) => ACCOUNT_ID.test(v),
    r,
    'not a 12-digit account id (quote it so YAML keeps leading zeros)',
  );
  const profiles = r.strings(top.get('profiles'), 'profiles');
  const roles = r.strings(top.get('roles'), 'roles')?.map((p, i) => globPattern(p, `roles[${i}]`));
  return { regions, accounts, profiles, roles };
}

function located(
  items: Located<string>[] | undefined,
  ok: (v: string) => boolean,
  r: YamlReader,
  message: string,
): Set<string> | undefined {
  if (items === undefined) return undefined;
  for (const it of items) if (!ok(it.value)) r.problems.push({ ...it, message: `'${it.value}': ${message}` });
  return new Set(items.map((i) => i.value));
}

/** Role name characters (IAM: `[\w+=,.@-]`); `/` separates path parts. */
const ROLE_WILDCARDS: Readonly<Record<string, string>> = {
  // `{*}` stays inside one path segment: `role/app-{*}` never matches `role/app-x/Admin`.
  '{*}': '[\\w+=,.@-]*',
  // `*` and `?` as in IAM ARN matching: `*` crosses `/` (`role/app-*` matches `role/app-x/Admin`).
  '*': '[\\w+=,.@/-]*',
  '?': '[\\w+=,.@/-]',
};

/**
 * Role ARNs: exact, or with wildcards (`*`, `?` as in IAM; `{*}` for one path segment), compiled
 * to an anchored, linear regex that only ever matches characters a role ARN can hold.
 */
function globPattern(p: Located<string>, id: string): CompiledPattern {
  const body = p.value
    .split(/(\{\*\}|\*|\?)/)
    .map((part) => ROLE_WILDCARDS[part] ?? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return { id, pattern: p.value, regex: new RegExp(`^${body}$`, 'u'), line: p.line };
}

// Loads policy.yaml into a compiled, immutable Policy. Every problem (unknown key, unknown service,
// invalid or catastrophic regex, bad value) is reported with its line; one error lists them all.
// Service names resolve through the catalog's aliases, so `cloudwatch-logs` and `logs` are the same.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Node } from 'yaml';
import type { Catalog, Risk } from '../catalog/types.js';
import { isToolError } from '../errors/tool-error.js';
import { defaultPolicy } from './default-policy.js';
import { regexRisk } from './regex-safety.js';
import { APPROVAL_MODES } from '../approval/types.js';
import type { CompiledPattern, Policy, PolicyMode } from './types.js';
import { YamlReader, type Located, type PolicyProblem } from './yaml-reader.js';

export type ServiceResolver = Pick<Catalog, 'findService' | 'resolveService'>;

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
] as const;
const RISKS: readonly Risk[] = ['read', 'sensitive-read', 'write', 'destructive'];
const MODES: readonly PolicyMode[] = ['read-only', 'standard'];
const MAX_TTL_SECONDS = 7 * 24 * 3600;
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const ACCOUNT_ID = /^\d{12}$/;
/** `^name:` at the start of a rule: a literal service prefix we can canonicalise. */
const LITERAL_SERVICE_PREFIX = /^\^([A-Za-z0-9][A-Za-z0-9-]*):/;

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
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const r = new YamlReader(lines);
  for (const e of doc.errors) r.problemAtOffset(e.pos[0], e.message.split('\n')[0]!);
  if (r.problems.length > 0) throw new PolicyLoadError(source, r.problems);

  const top = r.mapping(doc.contents, '', TOP_KEYS);
  const version = r.scalar(top.get('version'));
  if (version === undefined) r.problem(doc.contents, 'version is required (version: 1)');
  else if (version.value !== 1) r.problem(top.get('version'), 'version must be 1');

  const services = r.mapping(top.get('services'), 'services', ['allowlist', 'denylist']);
  const rules = r.mapping(top.get('rules'), 'rules', ['allow', 'deny']);
  const approval = r.mapping(top.get('approval'), 'approval', ['require_for', 'ttl_seconds', 'mode']);
  const output = r.mapping(top.get('output'), 'output', ['reveal_sensitive']);

  const serviceIds = (node: Node | null | undefined, path: string): Set<string> | undefined => {
    const names = r.strings(node, path);
    if (names === undefined) return undefined;
    const ids = new Set<string>();
    for (const n of names) {
      const id = resolveServiceName(catalog, n.value);
      if (typeof id === 'string') ids.add(id);
      else r.problems.push({ line: n.line, col: n.col, message: `${path}: ${id.message}` });
    }
    return ids;
  };
  const patterns = (node: Node | null | undefined, path: string): CompiledPattern[] | undefined =>
    r.strings(node, path)?.flatMap((p, i) => compileRule(r, catalog, p, `${path}[${i}]`) ?? []);

  const allowIds = serviceIds(services.get('allowlist'), 'services.allowlist');
  const requireFor = new Set<Risk>(['destructive']);
  for (const t of r.strings(approval.get('require_for'), 'approval.require_for') ?? []) {
    if ((RISKS as readonly string[]).includes(t.value)) requireFor.add(t.value as Risk);
    else
      r.problems.push({
        ...t,
        message: `approval.require_for: '${t.value}' is not one of ${RISKS.join(', ')}`,
      });
  }
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

  const policy: Policy = {
    version: 1,
    mode: r.oneOf(top.get('mode'), 'mode', MODES) ?? 'read-only',
    services: {
      allow: allowIds && allowIds.size > 0 ? allowIds : undefined,
      deny: serviceIds(services.get('denylist'), 'services.denylist') ?? new Set(),
    },
    rules: {
      allow: patterns(rules.get('allow'), 'rules.allow'),
      deny: patterns(rules.get('deny'), 'rules.deny') ?? [],
    },
    destructivePatterns: patterns(top.get('destructive_patterns'), 'destructive_patterns') ?? [],
    approval: {
      requireFor,
      ttlSeconds: r.integer(approval.get('ttl_seconds'), 'approval.ttl_seconds', 1, MAX_TTL_SECONDS) ?? 3600,
      mode: r.oneOf(approval.get('mode'), 'approval.mode', APPROVAL_MODES) ?? 'elicit-or-token',
    },
    regions,
    profiles: profiles ? new Set(profiles.map((p) => p.value)) : undefined,
    roles,
    accounts,
    output: {
      revealSensitive: r.boolean(output.get('reveal_sensitive'), 'output.reveal_sensitive') ?? false,
    },
    hash: createHash('sha256').update(text).digest('hex'),
    source,
  };
  if (r.problems.length > 0) {
    throw new PolicyLoadError(
      source,
      [...r.problems].sort((a, b) => a.line - b.line || a.col - b.col),
    );
  }
  return Object.freeze(policy);
}

/** Canonical id for a service name, or the catalog's error (with its did-you-mean) when unknown. */
function resolveServiceName(catalog: ServiceResolver, name: string): string | Error {
  const found = catalog.findService(name);
  if (found) return found.id;
  try {
    return catalog.resolveService(name).id;
  } catch (e) {
    return isToolError(e) ? e : new Error(`unknown service '${name}'`);
  }
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

/**
 * Compiles one rule pattern. A literal service prefix (`^cloudwatch-logs:`) is rewritten to the
 * canonical id (`^logs:`) so rules written with any alias match like rules written with the id,
 * and an unknown service in that prefix is a load error rather than a rule that never matches.
 */
function compileRule(
  r: YamlReader,
  catalog: ServiceResolver,
  p: Located<string>,
  id: string,
): CompiledPattern | undefined {
  const fail = (message: string): undefined => {
    r.problems.push({ line: p.line, col: p.col, message: `${id} '${p.value}': ${message}` });
    return undefined;
  };
  const risk = regexRisk(p.value);
  if (risk) return fail(risk);
  let pattern = p.value;
  const prefix = LITERAL_SERVICE_PREFIX.exec(pattern);
  if (prefix) {
    const svc = resolveServiceName(catalog, prefix[1]!);
    if (typeof svc !== 'string') return fail(svc.message);
    pattern = `^${svc}:${pattern.slice(prefix[0].length)}`;
  }
  try {
    return { id, pattern, regex: new RegExp(pattern), line: p.line };
  } catch (e) {
    return fail(`invalid regular expression (${(e as Error).message})`);
  }
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

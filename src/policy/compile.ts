// Compiling the policy's names and patterns, shared by the base policy and its identities: service
// names resolve through the catalog's aliases; every regex is screened for catastrophic backtracking.

import type { Node } from 'yaml';
import type { Catalog } from '../catalog/types.js';
import { isToolError } from '../errors/tool-error.js';
import { regexRisk } from './regex-safety.js';
import type { CompiledPattern } from './types.js';
import type { Located, YamlReader } from './yaml-reader.js';

export type ServiceResolver = Pick<Catalog, 'findService' | 'resolveService'>;

/** `^name:` at the start of a rule: a literal service prefix we can canonicalise. */
const LITERAL_SERVICE_PREFIX = /^\^([A-Za-z0-9][A-Za-z0-9-]*):/;

/** Canonical id for a service name, or the catalog's error (with its did-you-mean) when unknown. */
export function resolveServiceName(catalog: ServiceResolver, name: string): string | Error {
  const found = catalog.findService(name);
  if (found) return found.id;
  try {
    return catalog.resolveService(name).id;
  } catch (e) {
    return isToolError(e) ? e : new Error(`unknown service '${name}'`);
  }
}

/**
 * Compiles one rule pattern. A literal service prefix (`^cloudwatch-logs:`) is rewritten to the
 * canonical id (`^logs:`) so rules written with any alias match like rules written with the id,
 * and an unknown service in that prefix is a load error rather than a rule that never matches.
 */
export function compileRule(
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

/** A list of service names as canonical ids; unknown names are problems on their line. */
export function serviceIds(
  r: YamlReader,
  catalog: ServiceResolver,
  node: Node | null | undefined,
  path: string,
): Set<string> | undefined {
  const names = r.strings(node, path);
  if (names === undefined) return undefined;
  const ids = new Set<string>();
  for (const n of names) {
    const id = resolveServiceName(catalog, n.value);
    if (typeof id === 'string') ids.add(id);
    else r.problems.push({ line: n.line, col: n.col, message: `${path}: ${id.message}` });
  }
  return ids;
}

/** Rule patterns (operation names) from a list, each compiled by compileRule. */
export function rulePatterns(
  r: YamlReader,
  catalog: ServiceResolver,
  node: Node | null | undefined,
  path: string,
): CompiledPattern[] | undefined {
  return r.strings(node, path)?.flatMap((p, i) => compileRule(r, catalog, p, `${path}[${i}]`) ?? []);
}

/** A pattern on a value (a tag, a payload member): screened, compiled, never rewritten. */
export function valuePattern(r: YamlReader, p: Located<string>, id: string): CompiledPattern | undefined {
  const fail = (message: string): undefined => {
    r.problems.push({ line: p.line, col: p.col, message: `${id} '${p.value}': ${message}` });
    return undefined;
  };
  const risk = regexRisk(p.value);
  if (risk) return fail(risk);
  try {
    return { id, pattern: p.value, regex: new RegExp(p.value, 'u'), line: p.line };
  } catch (e) {
    return fail(`invalid regular expression (${(e as Error).message})`);
  }
}

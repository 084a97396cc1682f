// Policy sections the base policy and each `identities:` rule share: approval settings, required
// tags, payload conditions and rate limits. Each reader reports problems with their line and
// returns what it could compile, like load.ts.

import { isMap, isScalar, type Node } from 'yaml';
import type { Risk } from '../catalog/types.js';
import { compileRule, valuePattern, type ServiceResolver } from './compile.js';
import { APPROVAL_MODES, type ApprovalMode } from '../approval/types.js';
import type { PayloadCondition, PolicyMode, RateLimits, RequiredTag } from './types.js';
import type { Located, YamlReader } from './yaml-reader.js';

export const RISKS: readonly Risk[] = ['read', 'sensitive-read', 'write', 'destructive'];
export const MODES: readonly PolicyMode[] = ['read-only', 'standard'];
const MAX_TTL_SECONDS = 7 * 24 * 3600;
const MAX_RATE = 1_000_000;
/** A payload path: member names separated by dots; `*` steps into every item of a list or map. */
const PAYLOAD_PATH = /^(\*|[A-Za-z0-9_-]+)(\.(\*|[A-Za-z0-9_-]+))*$/;

export interface ApprovalSection {
  readonly requireFor?: Set<Risk>;
  readonly ttlSeconds?: number;
  readonly mode?: ApprovalMode;
  readonly approvers?: ReadonlySet<string>;
}

/** `approval: { require_for, ttl_seconds, mode, approvers: { groups } }`, each part optional. */
export function readApproval(r: YamlReader, node: Node | null | undefined, path: string): ApprovalSection {
  const approval = r.mapping(node, path, ['require_for', 'ttl_seconds', 'mode', 'approvers']);
  const tiers = r.strings(approval.get('require_for') ?? undefined, `${path}.require_for`);
  const requireFor = tiers ? new Set<Risk>() : undefined;
  for (const t of tiers ?? []) {
    if ((RISKS as readonly string[]).includes(t.value)) requireFor?.add(t.value as Risk);
    else
      r.problems.push({
        ...t,
        message: `${path}.require_for: '${t.value}' is not one of ${RISKS.join(', ')}`,
      });
  }
  const approvers = r.mapping(approval.get('approvers'), `${path}.approvers`, ['groups']);
  const groups = r.strings(approvers.get('groups') ?? undefined, `${path}.approvers.groups`);
  if (groups?.length === 0)
    r.problem(approvers.get('groups'), `${path}.approvers.groups is empty: nobody could approve`);
  const ttlSeconds = r.integer(approval.get('ttl_seconds'), `${path}.ttl_seconds`, 1, MAX_TTL_SECONDS);
  const mode = r.oneOf(approval.get('mode'), `${path}.mode`, APPROVAL_MODES);
  return {
    ...(requireFor ? { requireFor } : {}),
    ...(ttlSeconds !== undefined ? { ttlSeconds } : {}),
    ...(mode ? { mode } : {}),
    ...(groups ? { approvers: new Set(groups.map((g) => g.value)) } : {}),
  };
}

/** `required_tags: [{ key: pattern, value?: pattern }]` (a plain string is a key pattern). */
export function readRequiredTags(
  r: YamlReader,
  node: Node | null | undefined,
  path: string,
): RequiredTag[] | undefined {
  return r.items(node, path)?.flatMap((item, i) => {
    const id = `${path}[${i}]`;
    const line = r.at(item).line;
    if (isScalar(item) && typeof item.value === 'string') {
      const key = valuePattern(r, { value: item.value, ...r.at(item) }, `${id}.key`);
      return key ? [{ id, key, line }] : [];
    }
    const m = r.mapping(item, id, ['key', 'value']);
    const key = located(r, m.get('key'), `${id}.key`);
    if (!key) {
      r.problem(item, `${id} needs a key pattern`);
      return [];
    }
    const keyPattern = valuePattern(r, key, `${id}.key`);
    const value = located(r, m.get('value'), `${id}.value`);
    const valuePat = value ? valuePattern(r, value, `${id}.value`) : undefined;
    return keyPattern ? [{ id, key: keyPattern, ...(valuePat ? { value: valuePat } : {}), line }] : [];
  });
}

/** `conditions: [{ operation: pattern, where: { Member.Path: pattern } }]`. */
export function readConditions(
  r: YamlReader,
  catalog: ServiceResolver,
  node: Node | null | undefined,
  path: string,
): PayloadCondition[] | undefined {
  return r.items(node, path)?.flatMap((item, i) => {
    const id = `${path}[${i}]`;
    const m = r.mapping(item, id, ['operation', 'where']);
    const op = located(r, m.get('operation'), `${id}.operation`);
    const operation = op ? compileRule(r, catalog, op, `${id}.operation`) : undefined;
    const whereNode = m.get('where');
    if (!op || !isMap(whereNode) || whereNode.items.length === 0) {
      r.problem(item, `${id} needs an operation pattern and a non-empty where: { Member: pattern }`);
      return [];
    }
    const where = whereNode.items.flatMap((pair) => {
      const memberPath = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!PAYLOAD_PATH.test(memberPath)) {
        r.problem(
          pair,
          `${id}.where: '${memberPath}' is not a payload path (Member, Member.Sub, List.*.Member)`,
        );
        return [];
      }
      const value = located(r, pair.value as Node, `${id}.where.${memberPath}`);
      const pattern = value ? valuePattern(r, value, `${id}.where.${memberPath}`) : undefined;
      return pattern ? [{ path: memberPath, pattern }] : [];
    });
    return operation ? [{ id, operation, where, line: r.at(item).line }] : [];
  });
}

/** `rate_limits: { calls_per_minute, writes_per_minute, concurrent_calls }`. */
export function readRateLimits(
  r: YamlReader,
  node: Node | null | undefined,
  path: string,
): RateLimits | undefined {
  if (node === null || node === undefined) return undefined;
  const m = r.mapping(node, path, ['calls_per_minute', 'writes_per_minute', 'concurrent_calls']);
  const read = (key: string): number | undefined => r.integer(m.get(key), `${path}.${key}`, 1, MAX_RATE);
  const callsPerMinute = read('calls_per_minute');
  const writesPerMinute = read('writes_per_minute');
  const concurrentCalls = read('concurrent_calls');
  return {
    ...(callsPerMinute !== undefined ? { callsPerMinute } : {}),
    ...(writesPerMinute !== undefined ? { writesPerMinute } : {}),
    ...(concurrentCalls !== undefined ? { concurrentCalls } : {}),
  };
}

function located(r: YamlReader, node: Node | null | undefined, path: string): Located<string> | undefined {
  const s = r.scalar(node);
  if (s === undefined) return undefined;
  if (typeof s.value === 'string' || typeof s.value === 'number') return { ...s, value: String(s.value) };
  r.problem(node, `${path} must be a string`);
  return undefined;
}

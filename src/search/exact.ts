// Exact operation names in a query: `s3:ListBuckets`, `sqs.SendMessage`, a bare name in any
// style (`ListBuckets`, `list-objects-v2`) and CLI commands (see cli.ts).

import { actionMention } from './action-mentions.js';
import { cliOperations, opsNamed } from './cli.js';
import type { SearchIndexData } from './index-build.js';
import { OP_REF } from './op-ref.js';
import { queryNameKeys } from './service-names.js';
import { words } from './text.js';
import { compactName } from '../catalog/names.js';

/** Operation -> strength (1 = named outright, 0.9 a bare name, 0.6 a name in another service). */
export function findExact(
  ix: SearchIndexData,
  tokens: readonly string[],
  raw: readonly string[],
): Map<number, number> {
  const exact = new Map<number, number>();
  const named = new Set<number>();
  for (const [i, t] of tokens.entries()) {
    const m = OP_REF.exec(t);
    // an action a permission request is about is not the call wanted (action-mentions.ts)
    if (!m || actionMention(tokens, i)) continue;
    for (const s of servicesNamed(ix, m[1]!)) {
      named.add(s);
      for (const op of opsNamed(ix, m[2]!, s)) exact.set(op, 1);
    }
  }
  const cli = cliOperations(ix, raw, (t) => servicesNamed(ix, t));
  for (const [op, strength] of cli) {
    named.add(ix.opService[op]!);
    exact.set(op, Math.max(strength, exact.get(op) ?? 0));
  }
  if (raw.length > 1)
    for (const s of servicesNamed(ix, raw[raw[0]?.toLowerCase() === 'aws' ? 1 : 0]!)) named.add(s);
  // a bare operation name in any style: `ListBuckets`, `list-objects-v2`, or a one-word query
  for (const t of tokens) {
    const styled = /-/.test(t) || /[a-z][A-Z]/.test(t) || tokens.length === 1;
    if (!styled || OP_REF.test(t)) continue;
    for (const op of ix.exactNames.get(compactName(t)) ?? []) {
      if (exact.has(op)) continue;
      exact.set(op, named.size === 0 || named.has(ix.opService[op]!) ? 0.9 : 0.6);
    }
  }
  return exact;
}

export function servicesNamed(ix: SearchIndexData, token: string): number[] {
  const keys = new Set([...queryNameKeys(words(token)), token.toLowerCase()]);
  const out = new Set<number>();
  for (const k of keys) for (const [s] of ix.serviceKeys.get(k) ?? []) out.add(s);
  return [...out];
}

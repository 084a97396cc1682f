// One thing named by its kind and a name of the user's (data/named-one-r18b.ts): "node group
// ng-spot", "task definition web:12". The head noun read first is often what is asked of it
// ("what INSTANCE TYPES does node group ng-spot use"), so the number signal (siblings.ts) never
// heard of the thing itself. Here the kind's own number joins it: typed in the singular beside
// a name, the kind is one thing, and its List twin (ListNodegroups) is the other number. A kind
// of two words is that whole kind: an operation named for its first word alone acts on another
// kind (DescribeTasks is not a read of task definition web:12).

import { CONTAINER_WORDS } from './data/container-words.js';
import { NAMED_ONE } from './data/named-one-r18b.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { IdentifierHint } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';
import { nameHolds } from './name-words.js';
import { servicesInScope } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { NAMED_ONE_RANK } from './ranking-params.js';
import { headNumber } from './siblings.js';
import { pluralS, stem } from './text.js';

/** Reads each kind typed in the singular right before a name (not an AWS id) into the plan. */
export function readNamedOne(
  ix: SearchIndexData,
  plan: QueryPlan,
  raw: readonly string[],
  ids: readonly IdentifierHint[],
): void {
  const ws = raw.map((t) => t.toLowerCase().replace(/[,;!?"')]+$/, ''));
  const idTokens = new Set(ids.map((h) => h.token.toLowerCase()));
  for (let i = 1; i < ws.length; i++) {
    if (!isName(ws[i]!) || idTokens.has(ws[i]!)) continue;
    const kind = kindBefore(ws, i);
    const word = nameWord(ix, kind);
    if (word === undefined || pluralS(word)) continue;
    const term = ix.termIds.get(stem(word));
    if (term !== undefined && !plan.numberHead.has(term)) headNumber(ix, plan, word, stem(word));
    // a container named this way ("in user pool X") is where the thing is, not the thing
    const inContainer = Object.hasOwn(CONTAINER_WORDS, ws[i - kind.length - 1] ?? '');
    const gathers = NAMED_ONE.gathering.has(kind[1] ?? '');
    if (kind.length === 2 && word !== kind.join('') && !inContainer && !gathers) otherKinds(ix, plan, kind);
  }
}

/** A name the user gave: parts joined by a separator, with letters, and no AWS-assigned part. */
function isName(w: string): boolean {
  return NAMED_ONE.name.test(w) && /[a-z]/.test(w) && !NAMED_ONE.assigned.test(w);
}

/** The plain words right before i, nearest last, at most NAMED_ONE.kindWords of them. */
function kindBefore(ws: readonly string[], i: number): string[] {
  const kind: string[] = [];
  for (let k = i - 1; k >= 0 && kind.length < NAMED_ONE.kindWords; k--) {
    if (!/^[a-z]+$/.test(ws[k]!) || STOP_WORDS.has(ws[k]!)) break;
    kind.unshift(ws[k]!);
  }
  return kind;
}

/** The kind as operation names spell it: two words run together when a name does (Nodegroup). */
function nameWord(ix: SearchIndexData, kind: readonly string[]): string | undefined {
  if (kind.length === 0) return undefined;
  const joined = kind.join('');
  if (kind.length > 1 && ix.rawWordIds.has(joined)) return joined;
  const last = kind[kind.length - 1]!;
  return ix.rawWordIds.has(last) ? last : undefined;
}

/**
 * Operations named for the kind's first word without its last ("task" without "definition"),
 * in a service that names the whole kind: they act on another kind, and lose.
 */
function otherKinds(ix: SearchIndexData, plan: QueryPlan, kind: readonly string[]): void {
  const first = ix.termIds.get(stem(kind[0]!));
  const last = ix.termIds.get(stem(kind[1]!));
  if (first === undefined || last === undefined) return;
  const services = servicesInScope(ix, plan);
  for (const s of services) {
    const others: number[] = [];
    let whole = false;
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      const hasFirst = nameHolds(ix, op, first);
      if (hasFirst && nameHolds(ix, op, last)) whole = true;
      else if (hasFirst) others.push(op);
    }
    if (!whole) continue;
    for (const op of others) plan.runReads.set(op, (plan.runReads.get(op) ?? 0) + NAMED_ONE_RANK.otherKind);
  }
}

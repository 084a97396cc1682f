// A which-question asks for things of one kind ("which web acl protects my load balancer"). Two
// operations often relate that kind to another, one each way: GetWebACLForResource returns the
// web ACL of a resource, ListResourcesForWebACL the resources of a web ACL. Their names hold the
// same words, so coverage cannot tell them apart; the side of For/By the asked kind is on can.
// Scored as plan.runReads (data/asked-side-r19-questions.ts).

import { ASKED_SIDE } from './data/asked-side-r19-questions.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { servicesInScope } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { ASKED_SIDE_RANK } from './ranking-params.js';
import { stem, words } from './text.js';
import { isVerb } from './vocabulary.js';

/** Marks the operations named "<asked kind> For/By <other>" to gain. */
export function readAskedSide(
  ix: SearchIndexData,
  plan: QueryPlan,
  ws: readonly string[],
  raw: readonly string[] = ws,
): void {
  const asked = askedKind(ix, ws);
  if (asked.length === 0) return;
  // a pasted ARN or id gives its kind too ("arn:...:backup-vault:prod what recovery points ...")
  const typed = [...ws, ...words(raw.join(' '))];
  for (const op of namedWith(ix, plan, asked)) {
    if (returnsAsked(ix.opNames.at(op) ?? '', asked, typed))
      plan.runReads.set(op, (plan.runReads.get(op) ?? 0) + ASKED_SIDE_RANK.returned);
  }
}

/** The stems of the things a question opening "which/what" asks for, or none. */
function askedKind(ix: SearchIndexData, ws: readonly string[]): string[] {
  const at = ws.findIndex((w, i) => i < 2 && ASKED_SIDE.openers.has(w));
  if (at < 0) return [];
  let i = at + 1;
  while (i < ws.length && ASKED_SIDE.skipped.has(ws[i]!)) i++;
  const kind: string[] = [];
  // the first word after "which" is a noun even where it could be a verb ("which targets")
  for (; i < ws.length && kind.length < ASKED_SIDE.askedWords; i++) {
    const w = ws[i]!;
    if (!/^[a-z]+$/.test(w) || STOP_WORDS.has(w) || (kind.length > 0 && isVerb(ix, w))) break;
    kind.push(stem(w));
  }
  return kind;
}

/**
 * The operations, of the services the plan names if it names some, whose names hold an asked
 * word. Their own name words, not the name postings: a query is read before the cached index
 * pages those in (search-index.ts prepareTerms).
 */
function namedWith(ix: SearchIndexData, plan: QueryPlan, asked: readonly string[]): number[] {
  const terms = new Set(asked.flatMap((s) => ix.termIds.get(s) ?? []));
  const ops: number[] = [];
  if (terms.size === 0) return ops;
  const services = servicesInScope(ix, plan);
  for (const s of services) {
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
        if (!terms.has(ix.nameTerms[p]!)) continue;
        ops.push(op);
        break;
      }
    }
  }
  return ops;
}

/**
 * Whether the asked words are in the name before its For/By only: it returns the things asked
 * for, given another kind. Never the reverse side's loss: "By" also groups ("which resources are
 * noncompliant" is DescribeComplianceByResource), so only the returning side is sure.
 */
function returnsAsked(name: string, asked: readonly string[], ws: readonly string[]): boolean {
  const parts = words(name);
  const k = parts.findIndex((w, i) => i >= 2 && i < parts.length - 1 && ASKED_SIDE.joins.has(w));
  if (k < 0 || ASKED_SIDE.orderWords.has(parts[k + 1]!)) return false;
  const has = (from: number, to: number): boolean =>
    parts.slice(from, to).some((w) => asked.includes(stem(w)));
  return has(1, k) && !has(k + 1, parts.length) && givenMet(parts.slice(k + 1), ws);
}

/**
 * Whether the query gives the other kind the name relates the asked things to: "which log groups
 * keep their data forever" gives no query, so ListLogGroupsForQuery does not return what it asks.
 * A general kind ("resource") is met by whatever thing the query names.
 */
function givenMet(given: readonly string[], ws: readonly string[]): boolean {
  if (given.some((w) => ASKED_SIDE.anyGiven.has(w))) return true;
  const asked = new Set(ws.map(stem));
  return given.some((w) => asked.has(stem(w)));
}

// What of an operation's name words the query typed: its head noun, and the share of the name
// spelt as typed (rank.ts adds them for the operations whose name shares a word with the query);
// and whether a name holds a given term, which the query readers ask too.

import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';

/** Whether op's name holds term t (a plain scan: names have a few words, and no set is made). */
export function nameHolds(ix: SearchIndexData, op: number, t: number): boolean {
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) if (ix.nameTerms[p] === t) return true;
  return false;
}

/** The operation name contains the query's head noun. */
export function hasHead(ix: SearchIndexData, plan: QueryPlan, op: number): boolean {
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++)
    if (plan.head.has(ix.nameTerms[p]!)) return true;
  return false;
}

/** Share of the operation name's object words typed exactly as the name spells them. */
export function surfaceShare(ix: SearchIndexData, plan: QueryPlan, op: number): number {
  const from = ix.rawNameStart[op]!;
  const to = ix.rawNameStart[op + 1]!;
  if (to === from || plan.surface.size === 0) return 0;
  let hit = 0;
  for (let p = from; p < to; p++) if (plan.surface.has(ix.rawNameWords[p]!)) hit++;
  return hit / (to - from);
}

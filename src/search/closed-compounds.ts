// A word typed closed that AWS names as two words ("keypair" for KeyPair, "datasets" for
// DataSets, "userpool" for UserPool, "loadbalancer" for LoadBalancer): read as one word it meets
// none of the names it means, or only another service's single word (Comprehend's "Datasets"
// for QuickSight's DataSets). The pairs are read from the operation names themselves, so every
// service's compounds are covered, and the typed word also counts as its two parts.

import { servicesNamed } from './exact.js';
import type { SearchIndexData } from './index-build.js';
import { addTerm } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { stem } from './text.js';

/** Weight of the parts: as typed words. */
const PART_WEIGHT = 1;
/**
 * Shortest parts: shorter ones join into ordinary words ("to" + "ken") or brands typed closed
 * (git + hub: GitHub is a product's name, not a hub).
 */
const MIN_FIRST = 4;
const MIN_SECOND = 3;

/**
 * The two adjacent operation-name words a closed word joins ("loadbalancers" -> load, balancers),
 * found by splitting the word, not from a table of every name's pairs: such a table reads all
 * the names on the first query, which a cached index pages in only when a query needs them
 * (paged-file.ts). A split is kept when both parts are name words and some name has them side
 * by side; the plural endings are tried off as well ("hostedzones" -> hosted, zone).
 */
function partsOf(ix: SearchIndexData, w: string): readonly [string, string] | undefined {
  if (!/^[a-z]+$/.test(w) || w.length < MIN_FIRST + MIN_SECOND) return undefined;
  for (const key of new Set([w, w.replace(/e?s$/, ''), w.replace(/s$/, '')])) {
    for (let k = MIN_FIRST; k <= key.length - MIN_SECOND; k++) {
      const a = ix.rawWordIds.get(key.slice(0, k));
      const b = ix.rawWordIds.get(key.slice(k));
      if (a !== undefined && b !== undefined && sideBySide(ix, a, b)) return [key.slice(0, k), key.slice(k)];
    }
  }
  return undefined;
}

/** Whether some operation name has the raw words a and b next to each other, in that order. */
function sideBySide(ix: SearchIndexData, a: number, b: number): boolean {
  const { rawNameStart: start, rawNameWords: words } = ix;
  for (let op = 0; op < ix.opCount; op++) {
    for (let p = start[op]!; p + 1 < start[op + 1]!; p++)
      if (words[p] === a && words[p + 1] === b) return true;
  }
  return false;
}

/**
 * Adds the two name words a closed compound typed in the query stands for; not for a word that
 * is a name word of its own ("datasets": Comprehend's) or a service's name ("datasync", "github"
 * in a connection's name), which mean themselves.
 */
export function readClosedCompounds(
  ix: SearchIndexData,
  plan: QueryPlan,
  { ws, stems }: { ws: readonly string[]; stems: readonly string[] },
): void {
  stems.forEach((s, i) => {
    const w = ws[i]!;
    const id = ix.termIds.get(s);
    if (id !== undefined && ix.nameLike[id] === 1) return;
    const parts = partsOf(ix, w);
    if (parts === undefined || servicesNamed(ix, w).length > 0) return;
    for (const p of parts) addTerm(ix, plan, stem(p), PART_WEIGHT);
    // the typed head noun ("keypair") is its last part ("pair") in the names it means
    const last = ix.termIds.get(stem(parts[1]));
    if (last !== undefined && (plan.head.size === 0 || (id !== undefined && plan.head.has(id))))
      plan.head.add(last);
  });
}

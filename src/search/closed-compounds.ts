// A word typed closed that AWS names as two words ("keypair" for KeyPair, "datasets" for
// DataSets, "userpool" for UserPool, "loadbalancer" for LoadBalancer): read as one word it meets
// none of the names it means, or only another service's single word (Comprehend's "Datasets"
// for QuickSight's DataSets). The table of such pairs is made from the operation names themselves,
// once per index, so every service's compounds are covered, and the typed word also counts as its
// two parts.

import { servicesNamed } from './exact.js';
import type { SearchIndexData } from './index-build.js';
import { addTerm } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { stem, words } from './text.js';

/** Weight of the parts: as typed words. */
const PART_WEIGHT = 1;
/**
 * Shortest parts: shorter ones join into ordinary words ("to" + "ken") or brands typed closed
 * ("git" + "hub": GitHub is a product's name, not a hub).
 */
const MIN_FIRST = 4;
const MIN_SECOND = 3;

const tables = new WeakMap<SearchIndexData, ReadonlyMap<string, readonly [string, string]>>();

/** Stem of two adjacent operation-name words joined -> the stems of the two words. */
function compoundTable(ix: SearchIndexData): ReadonlyMap<string, readonly [string, string]> {
  const cached = tables.get(ix);
  if (cached) return cached;
  const table = new Map<string, readonly [string, string]>();
  const seen = new Set<string>();
  for (let op = 0; op < ix.opCount; op++) {
    const ws = words(ix.opNames.at(op)!);
    for (let k = 0; k + 1 < ws.length; k++) {
      const a = ws[k]!;
      const b = ws[k + 1]!;
      if (a.length < MIN_FIRST || b.length < MIN_SECOND || seen.has(a + b)) continue;
      seen.add(a + b);
      table.set(stem(a + b), [stem(a), stem(b)]);
    }
  }
  tables.set(ix, table);
  return table;
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
  const table = compoundTable(ix);
  stems.forEach((s, i) => {
    const parts = table.get(s);
    if (parts === undefined) return;
    const id = ix.termIds.get(s);
    if ((id !== undefined && ix.nameLike[id] === 1) || servicesNamed(ix, ws[i]!).length > 0) return;
    for (const p of parts) addTerm(ix, plan, p, PART_WEIGHT);
    // the typed head noun ("keypair") is its last part ("pair") in the names it means
    const last = ix.termIds.get(parts[1]);
    if (last !== undefined && (plan.head.size === 0 || (id !== undefined && plan.head.has(id))))
      plan.head.add(last);
  });
}

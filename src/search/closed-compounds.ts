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
import { stem } from './text.js';

/** Weight of the parts: as typed words. */
const PART_WEIGHT = 1;
/**
 * Shortest parts: shorter ones join into ordinary words ("to" + "ken") or brands typed closed
 * ("git" + "hub": GitHub is a product's name, not a hub).
 */
const MIN_FIRST = 4;
const MIN_SECOND = 3;

const tables = new WeakMap<SearchIndexData, ReadonlyMap<string, readonly [string, string]>>();
/** The words of an operation name as written: "ListHostedZones" -> List, Hosted, Zones. */
const NAME_WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;

/**
 * Two adjacent operation-name words joined, in lower case -> the two words. Made on the first
 * query from the names alone (no stemming: that is done for the few words a query hits), so the
 * first query pays a few milliseconds, not the table's stems.
 */
function compoundTable(ix: SearchIndexData): ReadonlyMap<string, readonly [string, string]> {
  const cached = tables.get(ix);
  if (cached) return cached;
  const table = new Map<string, readonly [string, string]>();
  for (let op = 0; op < ix.opCount; op++) {
    const ws = ix.opNames.at(op)!.match(NAME_WORD) ?? [];
    for (let k = 0; k + 1 < ws.length; k++) {
      const a = ws[k]!.toLowerCase();
      const b = ws[k + 1]!.toLowerCase();
      if (a.length >= MIN_FIRST && b.length >= MIN_SECOND && !table.has(a + b)) table.set(a + b, [a, b]);
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
    const w = ws[i]!;
    const parts = table.get(w) ?? table.get(w.replace(/e?s$/, '')) ?? table.get(w.replace(/s$/, ''));
    if (parts === undefined) return;
    const id = ix.termIds.get(s);
    if ((id !== undefined && ix.nameLike[id] === 1) || servicesNamed(ix, ws[i]!).length > 0) return;
    for (const p of parts) addTerm(ix, plan, stem(p), PART_WEIGHT);
    // the typed head noun ("keypair") is its last part ("pair") in the names it means
    const last = ix.termIds.get(stem(parts[1]));
    if (last !== undefined && (plan.head.size === 0 || (id !== undefined && plan.head.has(id))))
      plan.head.add(last);
  });
}

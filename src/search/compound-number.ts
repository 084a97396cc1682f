// "show the key policy on kms key x": the head noun read first ("key") is the first word of a
// compound an operation name spells whole (GetKeyPolicy, ListKeyPolicies), and a compound's number
// is its last word's. Read from "key" alone, the number never tells the one policy from the list
// of policies; here the last word of the compound joins the number signal (siblings.ts), as the
// last word of a translated noun does (translated-number.ts). Round 20.

import { COMPOUND_NUMBER } from './data/compound-number-r20-within.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { servicesInScope } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { headNumber } from './siblings.js';

/** Gives the head's number to the last word of the compound that starts at the head noun. */
export function addCompoundNumber(
  ix: SearchIndexData,
  plan: QueryPlan,
  ws: readonly string[],
  stems: readonly string[],
): void {
  const at = stems.findIndex((s, i) => {
    const id = ix.termIds.get(s);
    const raw = ix.rawWordIds.get(ws[i]!);
    return id !== undefined && raw !== undefined && plan.numberHead.has(id) && plan.wantNumber.has(raw);
  });
  if (at < 0) return;
  const services = servicesInScope(ix, plan);
  let last = at;
  let ends = false;
  while (last - at < COMPOUND_NUMBER.maxWords - 1) {
    const spelled = spelledAfter(ix, stems, last, services);
    if (spelled === 'no') break;
    ends = spelled === 'ends';
    last++;
  }
  // only a compound some name ends with is the thing: in ListAllowedNodeTypeUpdates "node type"
  // says which updates, and its number is not the thing's
  if (ends && !STOP_WORDS.has(ws[last]!)) headNumber(ix, plan, ws[last]!, stems[last]!);
}

/**
 * Whether an operation name (of the services named, if any) spells the word after i right after
 * the word at i (KeyPolicy), and whether one of them ends with the two ('ends'). Names are read
 * by their own words, not the name postings: a query is read before the cached index pages
 * those in (search-index.ts prepareTerms).
 */
function spelledAfter(
  ix: SearchIndexData,
  stems: readonly string[],
  i: number,
  services: readonly number[],
): 'no' | 'inside' | 'ends' {
  const a = ix.termIds.get(stems[i]!);
  const b = ix.termIds.get(stems[i + 1] ?? '');
  if (a === undefined || b === undefined || a === b) return 'no';
  let found: 'no' | 'inside' | 'ends' = 'no';
  for (const s of services) {
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      const end = ix.nameStart[op + 1]!;
      for (let q = ix.nameStart[op]!; q + 1 < end; q++) {
        if (ix.nameTerms[q] !== a || ix.nameTerms[q + 1] !== b) continue;
        if (q + 2 === end) return 'ends';
        found = 'inside';
      }
    }
  }
  return found;
}

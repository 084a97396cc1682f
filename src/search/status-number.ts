// A status question's number is the number of the thing its state is said of. The head's number
// is first read from the first content word ("is my *model* customization job done": "model"),
// but status.ts finds the thing the state is said of later in the subject ("job"): in the
// singular it is one thing, whose Get/Describe answers, not the List of them
// (GetModelCustomizationJob, not ListModelCustomizationJobs); in the plural ("are the targets
// healthy") the set. Read once per query, after status.ts, through siblings.ts's number signal.

import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import { emptyPlan } from './empty-plan.js';
import { MUTATING_RISK } from './lookups.js';
import { headNumber, nameShape } from './siblings.js';

/**
 * Re-reads the number from the status question's thing: the last word of its subject (before the
 * first state word) that names the resource. Leaves the plan alone when none is typed (a pasted
 * identifier already set the number) or when the number was already read from that word.
 */
export function readStatusNumber(
  ix: SearchIndexData,
  plan: QueryPlan,
  ws: readonly string[],
  stems: readonly string[],
): void {
  if (!plan.status || plan.resource.size === 0) return;
  let at = -1;
  for (let i = 0; i < ws.length; i++) {
    const id = ix.termIds.get(stems[i]!);
    if (id === undefined) continue;
    if (plan.stateTerms.has(id) && at >= 0) break;
    if (plan.resource.has(id)) at = i;
  }
  if (at < 0) return;
  const id = ix.termIds.get(stems[at]!)!;
  if (plan.numberHead.has(id)) return;
  const asked = emptyPlan();
  headNumber(ix, asked, ws[at]!, stems[at]!);
  if (!readTwins(ix, plan, asked)) return;
  for (const key of ['wantNumber', 'otherNumber', 'numberHead'] as const) {
    plan[key].clear();
    for (const v of asked[key]) plan[key].add(v);
  }
}

/**
 * Whether the reads of the thing in the services named come in twins that differ only in number
 * (GetModelCustomizationJob and ListModelCustomizationJobs): only then does the number pick
 * between reads. A read in the other number with no read twin (DescribeEnvironments, whose
 * singular twins change the environment; docdb's DescribeDBClusters beside docdb-elastic's
 * GetCluster) is the thing's only read there, which the number must not cost.
 */
function readTwins(ix: SearchIndexData, plan: QueryPlan, asked: QueryPlan): boolean {
  if (plan.services.size === 0) return false;
  const [want, other] = [new Set<number>(), new Set<number>()];
  // the services' own operations, not the name postings: a query is read before the cached
  // index pages those in (search-index.ts prepareTerms)
  for (const s of plan.services.keys()) {
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      if (ix.opRisk[op]! >= MUTATING_RISK || !namesAny(ix, op, asked.numberHead)) continue;
      for (let r = ix.rawNameStart[op]!; r < ix.rawNameStart[op + 1]!; r++) {
        const w = ix.rawNameWords[r]!;
        if (asked.wantNumber.has(w)) want.add(nameShape(ix, op));
        if (asked.otherNumber.has(w)) other.add(nameShape(ix, op));
      }
    }
  }
  return other.size > 0 && [...other].every((s) => want.has(s));
}

/** Whether the operation's name holds one of the terms. */
export function namesAny(ix: SearchIndexData, op: number, terms: ReadonlySet<number>): boolean {
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++)
    if (terms.has(ix.nameTerms[p]!)) return true;
  return false;
}

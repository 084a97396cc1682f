// "add two more brokers to msk cluster events", "trim the dax cluster down to 2 nodes": a number
// of members moved up or down (data/member-count-r17-siblings.ts). The typed verb (add, trim,
// crank) would make a thing or modify it in general; where a service the query points at has an
// operation named for the count (UpdateBrokerCount, DecreaseReplicationFactor), the count change
// is the task: its verbs lead and its name word is asked for.

import {
  COUNT_CHANGE,
  COUNT_DOWN,
  COUNT_MARKERS,
  COUNT_NAME_WORDS,
  MADE_OF,
  MEMBER_NOUNS,
} from './data/member-count-r17-siblings.js';
import type { SearchIndexData } from './index-build.js';
import { addTerm, replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { TERM_WEIGHT } from './ranking-params.js';
import { stem } from './text.js';

const isMarker = (w: string | undefined): boolean =>
  w !== undefined && (COUNT_MARKERS.has(w) || /^\d{1,3}$/.test(w));

const memberAt = (w: string): boolean =>
  Object.hasOwn(MEMBER_NOUNS, w) || (w.endsWith('s') && Object.hasOwn(MEMBER_NOUNS, w.slice(0, -1)));

/**
 * Where a member noun follows a count marker, right after it or one word on ("3 more kafka
 * nodes"), and where its markers start; undefined when none does.
 */
export function countedMembers(ws: readonly string[]): { noun: number; from: number } | undefined {
  for (let i = 1; i < ws.length; i++) {
    if (!memberAt(ws[i]!)) continue;
    // one word may stand between the count and the members ("3 more KAFKA nodes")
    let from = isMarker(ws[i - 1]) ? i - 1 : isMarker(ws[i - 2]) ? i - 2 : i;
    if (from === i) continue;
    while (from > 0 && isMarker(ws[from - 1])) from--;
    return ws.slice(0, from).some((w) => MADE_OF.has(w)) ? undefined : { noun: i, from };
  }
  return undefined;
}

/**
 * The count name words held by an operation of the service the query points at most. Read from
 * the services' own operations, not the name postings: a query is read before the cached index
 * pages those in (search-index.ts prepareTerms).
 */
function scopedCountWords(ix: SearchIndexData, plan: QueryPlan): string[] {
  // a member noun alone leans to the services sized in it ("nodes": dax); the one named leads
  const top = Math.max(0, ...plan.services.values());
  const wanted = new Map<number, string>();
  for (const word of COUNT_NAME_WORDS) {
    const t = ix.termIds.get(stem(word));
    if (t !== undefined) wanted.set(t, word);
  }
  const found = new Set<string>();
  for (const [s, weight] of plan.services) {
    if (top === 0 || weight < top) continue;
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++)
      for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
        const word = wanted.get(ix.nameTerms[p]!);
        if (word !== undefined) found.add(word);
      }
  }
  return [...found];
}

/** Puts the count change first when the query moves a number of members and a count operation fits. */
export function addMemberCount(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  const at = plan.question ? undefined : countedMembers(ws);
  if (!at) return;
  const words = scopedCountWords(ix, plan);
  if (words.length === 0) return;
  // the members are the head, the number words only say how many of them
  for (let i = at.from; i < at.noun; i++) {
    const t = isMarker(ws[i]) ? ix.termIds.get(stem(ws[i]!)) : undefined;
    if (t !== undefined) plan.terms.delete(t);
  }
  const noun = ix.termIds.get(stem(ws[at.noun]!));
  if (noun !== undefined) plan.head = new Set([noun]);
  replaceVerbs(ix, plan, ws.some((w) => COUNT_DOWN.has(w)) ? COUNT_CHANGE.down : COUNT_CHANGE.up);
  for (const w of words) addTerm(ix, plan, stem(w), TERM_WEIGHT.expansion);
  plan.changes = true;
  plan.readOnly = false;
}

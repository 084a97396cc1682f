// A query about the past ("what did we spend last month") is not answered by a forecast
// (data/tense-words.ts): the name words of a prediction mislead it, as a state word in another
// operation's name misleads a status question.

import { FUTURE_NAME_WORDS, PAST_MARKERS } from './data/tense-words.js';
import { FUTURE_MARKERS, PAST_NAME_WORDS } from './data/tense-future-r21-why.js';
import type { SearchIndexData } from './index-build.js';
import { stem } from './text.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** Marks the prediction name words as misleading when the words put the query in the past. */
export function readTense(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  const past = ws.some((w) => PAST_MARKERS.words.has(w));
  // a question about what is coming ("will we go over the budget"): the record of the past misleads (round 21)
  const future = !past && ws.some((w) => FUTURE_MARKERS.words.has(w));
  if (!past && !future) return;
  for (const w of (past ? FUTURE_NAME_WORDS : PAST_NAME_WORDS).words) {
    const id = ix.termIds.get(stem(w));
    if (id !== undefined) plan.wrongTime.add(id);
  }
}

/** How many of the operation's name words contradict the query's time (a forecast of the past). */
export function wrongTimeInName(ix: SearchIndexData, plan: QueryPlan, op: number): number {
  let n = 0;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++)
    if (plan.wrongTime.has(ix.nameTerms[p]!)) n++;
  return n;
}

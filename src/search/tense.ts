// A query about the past ("what did we spend last month") is not answered by a forecast
// (data/tense-words.ts): the name words of a prediction mislead it, as a state word in another
// operation's name misleads a status question.

import { FUTURE_NAME_WORDS, PAST_MARKERS } from './data/tense-words.js';
import type { SearchIndexData } from './index-build.js';
import { stem } from './text.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** Marks the prediction name words as misleading when the words put the query in the past. */
export function readTense(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!ws.some((w) => PAST_MARKERS.words.has(w))) return;
  for (const w of FUTURE_NAME_WORDS.words) {
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

// "turn on detailed monitoring": a switch verb (enable, turn off) whose object names a pair of
// operation verbs (monitor / unmonitor, data/switched-verbs-r14.ts) asks for the verb of its way.
// Neither switch verb names that pair, and the noun matches both names alike; without this the
// opposite operation could come first.

import { SWITCH_READING, SWITCHED_VERBS } from './data/switched-verbs-r14.js';
import type { SearchIndexData } from './index-build.js';
import { addMax, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';

/** Adds the on (or off) verb of a switched noun after the query's switch verb. */
export function addSwitchedVerb(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
): void {
  if (!verbAt || plan.question) return;
  const weightOf = (v: string): number => plan.verbs.get(ix.verbIds.get(v) ?? -1) ?? 0;
  const on = weightOf(SWITCH_READING.on);
  const off = weightOf(SWITCH_READING.off);
  // a switch verb reads as one way only: enable (turn on) or disable (turn off)
  if (Math.max(on, off) < SWITCH_READING.minWeight || on === off) return;
  const object = ws.slice(verbAt.end);
  for (const e of SWITCHED_VERBS) {
    if (!e.nouns.some((n) => object.includes(n))) continue;
    const id = ix.verbIds.get(on > off ? e.on : e.off);
    if (id !== undefined) addMax(plan.verbs, id, SWITCH_READING.weight);
  }
}

// "make the bucket public": "make" before a thing that exists (a definite determiner) and a state
// word after it asks to put the thing into that state, a change of its settings
// (data/made-into-r19.ts), not the creation "make" means alone ("make a bucket").

import { MADE_INTO } from './data/made-into-r19.js';
import type { SearchIndexData } from './index-build.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';

/** Reads "make the X <state>" as a change of X; true when it did. */
export function addMadeInto(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
): boolean {
  if (!verbAt || !MADE_INTO.verbs.has(ws[verbAt.start]!)) return false;
  const after = verbAt.start + 1;
  if (!MADE_INTO.determiners.has(ws[after] ?? '')) return false;
  if (MADE_INTO.notYet.has(ws[after + 1] ?? '')) return false;
  // the state comes after the thing named (at least one word after the determiner)
  if (!ws.slice(after + 2).some((w) => MADE_INTO.states.has(w))) return false;
  replaceVerbs(ix, plan, MADE_INTO.weights);
  plan.changes = true;
  plan.readOnly = false;
  return true;
}

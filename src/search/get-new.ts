// "Get a new access key", "grab another elastic ip" (data/get-new-r16-started.ts): a verb of
// getting whose thing the words call new asks for one to be made, so the making verbs replace
// the reading ones and the query no longer only reads.

import { GET_NEW } from './data/get-new-r16-started.js';
import { THING_GETS_NEW } from './data/get-new-r21-outcome.js';
import type { SearchIndexData } from './index-build.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';

/** Whether the verb is one of getting and the words after it say the thing is new. */
export function getsNew(ws: readonly string[], verbAt: VerbSpan | undefined): boolean {
  if (verbAt === undefined || verbAt.end - verbAt.start !== 1) return false;
  if (!GET_NEW.verbs.has(ws[verbAt.start]!)) return false;
  // "does the key get new material": the thing gets it, asked about (data/get-new-r21-outcome.ts)
  if (THING_GETS_NEW.openers.has(ws[0] ?? '') && !THING_GETS_NEW.askers.has(ws[1] ?? '')) return false;
  let at = verbAt.end;
  while (GET_NEW.fillers.has(ws[at] ?? '')) at++;
  return GET_NEW.newWords.has(ws[at] ?? '');
}

/** Reads "get a new X" as a request to make X. */
export function applyGetNew(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
): void {
  if (!getsNew(ws, verbAt)) return;
  plan.verbs.clear();
  for (const [v, w] of Object.entries(GET_NEW.weights)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) plan.verbs.set(id, w);
  }
  plan.readOnly = false;
  plan.changes = true;
}

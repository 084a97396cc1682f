// "Get a new access key", "grab another elastic ip" (data/get-new-r16-started.ts): a verb of
// getting whose thing the words call new asks for one to be made, so the making verbs replace
// the reading ones and the query no longer only reads.

import { GET_NEW } from './data/get-new-r16-started.js';
import { GET_RECURRING } from './data/get-new-r21-data.js';
import { THING_GETS_NEW } from './data/get-new-r21-outcome.js';
import type { SearchIndexData } from './index-build.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';

type GetReading = typeof GET_NEW;

/** The reading whose verb is one of getting and whose words after it say the thing is new or recurring. */
export function getsNew(ws: readonly string[], verbAt: VerbSpan | undefined): GetReading | undefined {
  if (verbAt === undefined || verbAt.end - verbAt.start !== 1) return undefined;
  // "does the key get new material": the thing gets it, asked about (data/get-new-r21-outcome.ts)
  if (THING_GETS_NEW.openers.has(ws[0] ?? '') && !THING_GETS_NEW.askers.has(ws[1] ?? '')) return undefined;
  // "get a daily csv of the objects" (data/get-new-r21-data.ts): a thing had every day is set up
  return [GET_NEW, GET_RECURRING].find((r) => {
    if (!r.verbs.has(ws[verbAt.start]!)) return false;
    let at = verbAt.end;
    while (r.fillers.has(ws[at] ?? '')) at++;
    return r.newWords.has(ws[at] ?? '');
  });
}

/** Reads "get a new X" as a request to make X. */
export function applyGetNew(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
): void {
  const reading = getsNew(ws, verbAt);
  if (!reading) return;
  plan.verbs.clear();
  for (const [v, w] of Object.entries(reading.weights)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) plan.verbs.set(id, w);
  }
  plan.readOnly = false;
  plan.changes = true;
}

// A question about what happened to a thing ("why did the alarm go off", "when did the job last
// succeed") is answered by the thing's record over time: a read in the named service whose name
// is the thing and a record noun (data/past-events-r17-questions.ts). Scored as plan.runReads.

import { nameParts } from './analyzer.js';
import {
  LATEST_WORDS,
  PAST_EVENT_OPENERS,
  PAST_EVENT_READ,
  RECORD_NOUNS,
} from './data/past-events-r17-questions.js';
import type { SearchIndexData } from './index-build.js';
import { MUTATING_RISK } from './lookups.js';
import { addMax, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { BOOST } from './ranking-params.js';

/** Scores the record reads of the named services for a question about a past event. */
export function readPastEvents(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!plan.readOnly || !PAST_EVENT_OPENERS.has(`${ws[0]} ${ws[1] ?? ''}`)) return;
  const latest = ws.some((w) => LATEST_WORDS.has(w));
  for (const s of strongestServices(plan)) {
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      if (ix.opRisk[op]! >= MUTATING_RISK) continue;
      const w = recordFit(ix, plan, op, latest);
      if (w > 0) addMax(plan.runReads, op, w);
    }
  }
}

/** How well a read's name is a record of the thing asked about: 0 when it is none. */
function recordFit(ix: SearchIndexData, plan: QueryPlan, op: number, latest: boolean): number {
  const { objectWords, objectTerms } = nameParts(ix.opNames.at(op) ?? '');
  const record = RECORD_NOUNS[(objectWords.at(-1) ?? '').toLowerCase()];
  if (record === undefined || (record.latestOnly && !latest)) return 0;
  const thing = objectTerms.slice(0, -1);
  if (thing.length === 0) return PAST_EVENT_READ.bare;
  // every word of the thing in the name was asked about ("alarm" of DescribeAlarmHistory)
  const asked = thing.every((t) => {
    const id = ix.termIds.get(t);
    return id !== undefined && plan.terms.has(id);
  });
  return asked ? PAST_EVENT_READ.named : 0;
}

/** The services the query names most strongly (as surely as a service phrase). */
function strongestServices(plan: QueryPlan): number[] {
  const most = Math.max(0, ...plan.services.values());
  if (most < BOOST.servicePhrase) return [];
  return [...plan.services].filter(([, w]) => w >= most * 0.99).map(([s]) => s);
}

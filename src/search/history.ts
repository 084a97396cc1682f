// A question asking who did something ("who turned off versioning on the logs bucket", "who
// spun up these instances") asks for the record of the action: the account's event history
// (data/history-words.ts WHO_DID). The thing acted on is where the action happened, not what the
// question reads, so the record becomes the head noun.

import { WHO_DID } from './data/history-words.js';
import type { SearchIndexData } from './index-build.js';
import { analyze } from './analyzer.js';
import { addMeaningServices, addMeaningTerms, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query.js';

/** "who" then a verb in the past ("who deleted", "who took down"): asks who did it. */
export function asksWhoDid(ws: readonly string[]): boolean {
  if (ws[0] !== 'who' || ws.length < 3) return false;
  const w = ws[1]!;
  return (w.length > 4 && w.endsWith('ed')) || WHO_DID.irregular.has(w);
}

/** Marks a who-did question on the plan: the event history's terms, service and head noun. */
export function readHistory(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!asksWhoDid(ws)) return;
  addMeaningTerms(ix, plan, WHO_DID.terms);
  addMeaningServices(ix, plan, WHO_DID.services);
  const record = new Set(analyze(WHO_DID.terms).flatMap((t) => ix.termIds.get(t) ?? []));
  // the things named are where the action happened: a read named only for them answers another question
  plan.container = new Set([...plan.terms.keys()].filter((id) => !record.has(id) && ix.nameLike[id] === 1));
  plan.inside = new Set();
  plan.head = new Set([...record].filter((id) => ix.nameLike[id] === 1));
}

// "how close am I to my vCPU limit", "what's our spot instance vcpu quota": a question about the
// account's own limit (data/quota-read-r14.ts). Service Quotas' read of the applied value is
// one answer; the service's own limits read (DescribeAccountAttributes, GetAccountSettings)
// keeps its words and service, so both are offered. "how many ... are we allowed" is left to
// the service's own read: it names no limit, and most services answer it themselves.

import { QUOTA_READ } from './data/quota-read-r14.js';
import type { SearchIndexData } from './index-build.js';
import { addMax, addMeaningServices, addMeaningTerms, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** Whether the words ask the account's own limit: a limit word and "our"/"my", and no change of it. */
export function asksOwnLimit(ws: readonly string[]): boolean {
  const { limitWords, ownWords, unless } = QUOTA_READ;
  if (ws.some((w) => unless.has(w))) return false;
  return ws.some((w) => limitWords.has(w)) && ws.some((w) => ownWords.has(w));
}

export function readQuotaAsked(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  // a question, or a noun phrase with no typed verb ("the current cap on vcpus in my account")
  if (!(plan.question || plan.verbTerms.size === 0) || plan.changes || !asksOwnLimit(ws)) return;
  addMeaningTerms(ix, plan, QUOTA_READ.terms);
  addMeaningServices(ix, plan, QUOTA_READ.services);
  const get = ix.verbIds.get('get');
  if (get !== undefined) addMax(plan.verbs, get, 1);
}

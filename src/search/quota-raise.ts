// A request for a higher limit on a named service ("raise the lambda concurrency limit to
// 3000") asks Service Quotas, not the service: the service is only what the limit is about
// (data/quota-raise.ts), as a question about its cost reads Cost Explorer (elsewhere.ts).

import { QUOTA_RAISE as Q } from './data/quota-raise.js';
import { analyze } from './analyzer.js';
import type { SearchIndexData } from './index-build.js';
import { answerFrom } from './elsewhere.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** A limit noun (not the first word, not a setting's limit) and a word asking for more. */
export function asksQuotaRaise(ws: readonly string[]): boolean {
  const limit = ws.some((w, i) => i > 0 && Q.limits.has(w) && !Q.settings.has(ws[i - 1]!));
  return limit && ws.some((w) => Q.raises.has(w));
}

/** Marks the request on the plan: the increase request is wanted, the named services count less. */
export function readQuotaRaise(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!asksQuotaRaise(ws)) return;
  const { answer } = Q;
  answerFrom(ix, plan, answer);
  replaceVerbs(ix, plan, { request: 1 });
  const head = new Set(analyze(answer.head).flatMap((t) => ix.termIds.get(t) ?? []));
  plan.head = new Set([...head].filter((id) => ix.nameLike[id] === 1));
}

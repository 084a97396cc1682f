// A request for a higher limit on a named service ("raise the lambda concurrency limit to
// 3000") asks Service Quotas, not the service: the service is only what the limit is about
// (data/quota-raise.ts), as a question about its cost reads Cost Explorer (elsewhere.ts).

import { QUOTA_RAISE as Q } from './data/quota-raise.js';
import { QUOTA_MORE as M } from './data/quota-more-r22-plain.js';
import { analyze } from './analyzer.js';
import type { SearchIndexData } from './index-build.js';
import { answerFrom } from './elsewhere.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** A limit noun (not the first word, not a setting's limit) and a word asking for more. */
export function asksQuotaRaise(ws: readonly string[]): boolean {
  const limit = ws.some((w, i) => i > 0 && Q.limits.has(w) && !Q.settings.has(ws[i - 1]!));
  return (limit && ws.some((w) => Q.raises.has(w))) || asksMoreThan(ws);
}

/** "get more than 5 elastic ips": a verb of having, then more than a number of things (not an amount, not a rate). */
function asksMoreThan(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    if (w !== 'more' || ws[i + 1] !== 'than' || !/^\d+$/.test(ws[i + 2] ?? '')) return false;
    const noun = ws[i + 3];
    if (
      noun === undefined ||
      M.units.has(noun) ||
      M.notThings.has(noun) ||
      ws.slice(i + 4, i + 6).some((x) => M.rates.has(x))
    )
      return false;
    if (ws.slice(0, i).some((x) => M.conditions.has(x))) return false;
    return ws.slice(Math.max(0, i - M.span), i).some((x) => M.asks.has(x));
  });
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

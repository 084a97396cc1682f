// "does the log group keep logs for 30 days", "how long does the queue keep messages": a
// question about how long a thing keeps what it holds (data/retention-r14.ts) reads the
// thing, whose read shows the setting; the question's reads weigh as a typed reading verb.
// What is kept (messages, logs, recovery points) is the thing's content, not the thing read:
// its words count for less, and the thing named before the verb is the head.

import { RETENTION_QUESTION } from './data/retention-r14.js';
import type { SearchIndexData } from './index-build.js';
import { addMax, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { stem } from './text.js';

/** Whether the words ask how long something is kept: a keep verb and a time ("14 days", "forever"). */
export function asksRetention(ws: readonly string[]): boolean {
  const { units, always } = RETENTION_QUESTION;
  if (!ws.some(isKeepWord)) return false;
  return ws.some((w, i) => always.has(w) || (units.has(w) && /^\d+$/.test(ws[i - 1] ?? '')));
}

function isKeepWord(w: string): boolean {
  return RETENTION_QUESTION.keepWords.has(w) || RETENTION_QUESTION.keptWords.has(w);
}

export function readRetention(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!plan.question || !asksRetention(ws)) return;
  const at = ws.findIndex(isKeepWord);
  // "logs are retained in group x": the participle puts what is kept first, the thing after
  const passive = RETENTION_QUESTION.keptWords.has(ws[at]!);
  const [thingWords, keptWords] = passive
    ? [ws.slice(at + 1), ws.slice(0, at)]
    : [ws.slice(0, at), ws.slice(at + 1)];
  const thing = new Set(thingWords.map((w) => ix.termIds.get(stem(w))));
  for (const w of keptWords) {
    const id = ix.termIds.get(stem(w));
    const weight = id === undefined ? undefined : plan.terms.get(id);
    if (weight !== undefined && !thing.has(id)) plan.terms.set(id!, weight * RETENTION_QUESTION.keptWeight);
  }
  if (passive) keptIn(plan, thing);
  for (const [v, w] of Object.entries(RETENTION_QUESTION.verbs)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) addMax(plan.verbs, id, w);
  }
}

/**
 * "how long are logs retained in log group x": the place they are kept in is the thing read
 * (DescribeLogGroups), not a container of something else asked, and it is the head ("long" is not).
 */
function keptIn(plan: Mutable<QueryPlan>, thing: ReadonlySet<number | undefined>): void {
  const place = plan.container.size > 0 ? [...plan.container] : [...thing].filter((t) => t !== undefined);
  plan.container.clear();
  plan.inside.clear();
  plan.head.clear();
  for (const t of place) if (plan.terms.has(t)) plan.head.add(t);
}

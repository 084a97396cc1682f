// What the plan says of the few operations it names itself (exact name, name phrase, a service
// switch, a run read), apart from the per-candidate score: only those operations look it up.

import type { QueryPlan } from './query-plan.js';
import { BOOST } from './ranking-params.js';

/** The score plus what the plan says of an operation it names (phrase, exact name, switch, run read). */
export function plannedFit(plan: QueryPlan, op: number, score: number): number {
  const phrase = plan.phrases.get(op) ?? 0;
  let s = score + BOOST.namePhrase * phrase * phrase;
  const exact = plan.exact.get(op);
  if (exact !== undefined) s += BOOST.exact * exact;
  if (plan.switched.has(op)) s += BOOST.serviceSwitch;
  return s + (plan.runReads.get(op) ?? 0);
}

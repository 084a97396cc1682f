// "is security hub turned on", "is macie enabled in our account": a status question whose
// subject is only a service's name asks whether the service is on, which the resource holding its
// on/off state answers (data/service-switches.ts: Security Hub's hub, GuardDuty's detector). That
// resource becomes the thing the status question is about (status.ts), so its read ranks first,
// not the service's findings nor the call that turns it on.

import { SERVICE_SWITCHES, SWITCH_HEDGES } from './data/service-switches.js';
import { STOP_WORDS } from './data/stop-words.js';
import { analyze } from './analyzer.js';
import type { SearchIndexData } from './index-build.js';
import { addTerm, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query.js';
import { OUTCOME, TERM_WEIGHT } from './ranking-params.js';
import { stem } from './text.js';

/**
 * The term ids of the resource that says whether the named service is on, when the subject
 * words (between the opener and the first state word) only name a service listed in
 * SERVICE_SWITCHES; its terms join the query. Undefined for any other question.
 */
export function switchedService(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  serviceWord: readonly boolean[],
  [start, end]: readonly [number, number],
): number[] | undefined {
  let named = false;
  for (let i = start; i < end; i++) {
    if (serviceWord[i]) named = true;
    else if (!STOP_WORDS.has(ws[i]!) && !SWITCH_HEDGES.has(ws[i]!)) return undefined;
  }
  if (!named) return undefined;
  let best: { id: string; weight: number } | undefined;
  for (const [s, weight] of plan.services) {
    const id = ix.services[s]!.id;
    if (Object.hasOwn(SERVICE_SWITCHES, id) && weight > (best?.weight ?? 0)) best = { id, weight };
  }
  if (best === undefined) return undefined;
  const entry = SERVICE_SWITCHES[best.id]!;
  // another service named is what the switched one covers ("for our ec2 instances"), not the subject
  for (const [s, weight] of plan.services)
    if (ix.services[s]!.id !== best.id) plan.services.set(s, weight * OUTCOME.placeService);
  for (const t of analyze(`${entry.anchor} ${entry.terms ?? ''}`))
    addTerm(ix, plan, t, TERM_WEIGHT.expansion);
  const anchor = ix.termIds.get(stem(entry.anchor));
  return anchor === undefined ? undefined : [anchor];
}

// "is security hub turned on", "is macie enabled in our account": a status question whose
// subject is only a service's name asks whether the service is on, which the resource holding its
// on/off state answers (data/service-switches.ts: Security Hub's hub, GuardDuty's detector). That
// resource becomes the thing the status question is about (status.ts), so its read ranks first,
// not the service's findings nor the call that turns it on.
// "turn on guardduty", "disable detective in this region": a change whose only object is such a
// service asks for its switch (CreateDetector, DeleteGraph), which its name alone does not say;
// "do we have security hub enabled" asks for the read of that switch (data/switch-words-r12.ts).

import { SERVICE_SWITCHES, SWITCH_HEDGES, type ServiceSwitch } from './data/service-switches.js';
import {
  SPLIT_SWITCH_VERBS,
  SWITCH_FILLERS,
  SWITCH_OBJECT_ENDS,
  SWITCH_ORG_WORDS,
  SWITCH_PRONOUNS,
  SWITCH_STATES,
  SWITCH_VERBS,
  type SwitchWay,
} from './data/switch-words-r12.js';
import { opsNamed } from './cli.js';
import { STOP_WORDS } from './data/stop-words.js';
import { analyze } from './analyzer.js';
import type { SearchIndexData } from './index-build.js';
import { addTerm, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
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

/**
 * A request to turn a service of SERVICE_SWITCHES on or off (or pause it), with the service the
 * only thing named, puts the operation that does so among the name phrases; a question whose
 * only words are the service and its state ("do we have guardduty enabled") puts its read there.
 */
export function addServiceSwitch(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  serviceWord: readonly boolean[],
): void {
  const best = switchableService(ix, plan);
  if (best === undefined) return;
  const entry = SERVICE_SWITCHES[ix.services[best]!.id]!;
  let op: string | undefined;
  if (plan.question) {
    if (onlyServiceAndState(ws, serviceWord, entry)) op = entry.read;
  } else if (!ws.some((w) => SWITCH_ORG_WORDS.has(w))) {
    const way = switchAsked(ws, serviceWord, entry);
    if (way !== undefined) op = way === 'pause' ? (entry.pause ?? entry.off) : entry[way];
  }
  for (const found of op === undefined ? [] : opsNamed(ix, op, best)) plan.switched.add(found);
}

/** The service of SERVICE_SWITCHES the query names most strongly. */
function switchableService(ix: SearchIndexData, plan: QueryPlan): number | undefined {
  let best: { s: number; weight: number } | undefined;
  for (const [s, weight] of plan.services)
    if (Object.hasOwn(SERVICE_SWITCHES, ix.services[s]!.id) && weight > (best?.weight ?? 0))
      best = { s, weight };
  return best?.s;
}

/** The switch a request asks for: its verb phrase, then only the service up to an object end. */
function switchAsked(
  ws: readonly string[],
  serviceWord: readonly boolean[],
  entry: ServiceSwitch,
): SwitchWay | undefined {
  for (let i = 0; i < ws.length; i++) {
    const pair = SWITCH_VERBS[`${ws[i]} ${ws[i + 1] ?? ''}`];
    const verb = pair ?? SWITCH_VERBS[ws[i]!];
    if (verb !== undefined) {
      const from = i + (pair ? 2 : 1);
      if (SWITCH_PRONOUNS.has(ws[from]!)) return verb.way;
      return namesOnlyService(ws, serviceWord, entry, [from, objectEnd(ws, from)]) ? verb.way : undefined;
    }
    // "turn guardduty off", "turn it on": the particle closes the object
    if (SPLIT_SWITCH_VERBS.has(ws[i]!)) {
      const pronoun = SWITCH_PRONOUNS.has(ws[i + 1]!);
      const end = pronoun ? i + 2 : objectEnd(ws, i + 1);
      const particle = ws[end];
      if (pronoun && (particle === 'on' || particle === 'off')) return particle;
      if (particle !== 'on' && particle !== 'off') return undefined;
      return namesOnlyService(ws, serviceWord, entry, [i + 1, end]) ? particle : undefined;
    }
  }
  return undefined;
}

function objectEnd(ws: readonly string[], from: number): number {
  for (let i = from; i < ws.length; i++) if (SWITCH_OBJECT_ENDS.has(ws[i]!) || ws[i] === 'off') return i;
  return ws.length;
}

/** Whether the words in [start, end) name the service (by name or what it is called) and nothing else. */
function namesOnlyService(
  ws: readonly string[],
  serviceWord: readonly boolean[],
  entry: ServiceSwitch,
  [start, end]: readonly [number, number],
  also: ReadonlySet<string> = SWITCH_FILLERS,
): boolean {
  const called = new Set((entry.called ?? '').split(' ').filter(Boolean));
  const tail = new Set((entry.tail ?? '').split(' ').filter(Boolean));
  let named = false;
  let calledSeen = 0;
  for (let i = start; i < end; i++) {
    const w = ws[i]!;
    if (serviceWord[i]) named = true;
    else if (called.has(w)) calledSeen++;
    else if (!STOP_WORDS.has(w) && !also.has(w) && !tail.has(w)) return false;
  }
  return named || (called.size > 0 && calledSeen === called.size);
}

/** A question naming only the service, where it is and a state: "is macie turned on in us-east-1". */
function onlyServiceAndState(
  ws: readonly string[],
  serviceWord: readonly boolean[],
  entry: ServiceSwitch,
): boolean {
  if (!ws.some((w) => SWITCH_STATES.has(w) && !STOP_WORDS.has(w))) return false;
  const also = new Set([...SWITCH_FILLERS, ...SWITCH_STATES]);
  return namesOnlyService(ws, serviceWord, entry, [0, ws.length], also);
}

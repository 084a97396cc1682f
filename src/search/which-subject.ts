// Issue 16, round 21: "which lambdas are attached to the shared vpc subnets", "which rds databases
// use the default security group", "which eks clusters use the kms key". The question asks for
// workloads of the service its subject names; the other service's thing after the verb is only
// what they are filtered by. Read before the questions answered elsewhere (elsewhere.ts): its
// reverse lookup of the used thing ("what uses the subnet") yields when the subject is another
// service's workload, and the subject's service then leads (data/which-subject-r21-why.ts).

import { NAMED_THING } from './data/asked-elsewhere.js';
import type { DependentKind } from './data/dependents.js';
import { STOP_WORDS } from './data/stop-words.js';
import { WHICH_SUBJECT as W } from './data/which-subject-r21-why.js';
import { servicesWithId } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';
import { namedRuns, runKey } from './named-runs.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { BOOST } from './ranking-params.js';
import { stem } from './text.js';
import { isVerb, MAX_PHRASE_WORDS, PHRASES } from './vocabulary.js';

/** The subject of a which-question, when it is a workload of a named service. */
export interface WhichSubject {
  readonly services: ReadonlySet<number>;
  readonly words: readonly string[];
  /** The stems typed after the subject's head: the other service's things it is filtered by. */
  readonly filters: readonly string[];
  /** Set when the subject overruled a reverse lookup of what uses the thing (overrules). */
  overruled: boolean;
}

/** The workload subject of "which <service> <workloads> <verb> <another service's thing>", if any. */
export function whichSubject(ix: SearchIndexData, ws: readonly string[]): WhichSubject | undefined {
  const at = ws.findIndex((w, i) => i < 2 && W.openers.has(w));
  if (at < 0) return undefined;
  let start = at + 1;
  while (start < ws.length && W.skipped.has(ws[start]!)) start++;
  let head = -1;
  for (let i = start; i < Math.min(ws.length, start + W.spanWords); i++) {
    if (W.heads.has(ws[i]!)) head = i;
    else if (head >= 0 || STOP_WORDS.has(ws[i]!)) break;
  }
  // the head ends the noun phrase ("instance profiles" is another kind) and is the verb's subject
  const next = ws[head + 1] ?? '';
  const verbNext =
    STOP_WORDS.has(next) || W.plainVerbs.has(next) || isVerb(ix, next) || /(ed|ing)$/.test(next);
  if (head < 0 || W.objectAux.has(next) || !verbNext) return undefined;
  const spans = serviceSpans(ix, ws);
  const services = new Set(
    spans.filter((r) => r.from >= start && r.to <= head + 1).flatMap((r) => r.services),
  );
  if (services.size === 0) return undefined;
  const others = spans.filter((r) => r.from > head).flatMap((r) => r.services);
  if (!others.some((s) => !services.has(s))) return undefined;
  return {
    services,
    words: ws.slice(start, head + 1),
    filters: ws.slice(head + 1).map(stem),
    overruled: false,
  };
}

/** The word runs that name services, by a service's name or a vocabulary phrase's services. */
function serviceSpans(
  ix: SearchIndexData,
  ws: readonly string[],
): { from: number; to: number; services: number[] }[] {
  const stems = ws.map(stem);
  const { names } = namedRuns(ix, ws, stems);
  const spans: { from: number; to: number; services: number[] }[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= ws.length; n++) {
      const named = (names.get(runKey(i, n)) ?? []).flatMap(([, svcs]) => svcs.map(([s]) => s));
      const meant = (PHRASES.get(stems.slice(i, i + n).join(' '))?.services ?? []).flatMap((id) =>
        servicesWithId(ix, id),
      );
      if (named.length + meant.length > 0) spans.push({ from: i, to: i + n, services: [...named, ...meant] });
    }
  }
  return spans;
}

/** Whether the subject overrules a reverse lookup: the lookup is another service's, not for it. */
export function overrules(
  ix: SearchIndexData,
  subject: WhichSubject | undefined,
  kind: DependentKind,
): boolean {
  if (!subject || subject.words.some((w) => kind.subjects?.includes(w))) return false;
  subject.overruled = !kind.services.some((id) =>
    servicesWithId(ix, id).some((s) => subject.services.has(s)),
  );
  return subject.overruled;
}

/**
 * The subject's service leads; the services of the things it is filtered by count for less. Only
 * after a use question was overruled: with other verbs the other service often holds the relation
 * ("which instances are not reporting to systems manager", "which queues feed the lambda").
 */
export function favourSubject(ix: SearchIndexData, plan: Mutable<QueryPlan>, subject: WhichSubject): void {
  // the things filtered by are where the workloads are, not what is asked ("the load balancer")
  const own = new Set(subject.words.map(stem));
  for (const t of subject.filters) {
    const id = own.has(t) ? undefined : ix.termIds.get(t);
    if (id !== undefined && ix.nameLike[id] === 1) plan.container.add(id);
  }
  for (const [s, w] of plan.services)
    plan.services.set(s, subject.services.has(s) ? Math.max(w, BOOST.serviceNamed) : w * NAMED_THING.share);
  for (const s of subject.services) if (!plan.services.has(s)) plan.services.set(s, BOOST.serviceNamed);
}

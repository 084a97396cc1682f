// A question asking who did something ("who turned off versioning on the logs bucket", "who
// spun up these instances") asks for the record of the action: the account's event history
// (data/history-words.ts WHO_DID). One asking what changed on a resource ("what changed on
// vpc-0abc... last week") asks for its configuration history (WHAT_CHANGED). The thing acted on is
// where the action happened, not what the question reads, so the record becomes the head noun.

import { DECIDED_ON_THE_THING, WHAT_CHANGED, WHO_DID } from './data/history-words.js';
import type { SearchIndexData } from './index-build.js';
import { analyze } from './analyzer.js';
import { stem } from './text.js';
import { OUTCOME } from './ranking-params.js';
import { addMeaningServices, addMeaningTerms, replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/**
 * "who" then a verb in the past ("who deleted", "who took down"), or an opener and an actor
 * first ("which iam user created ..."), or "did someone" and a verb: asks who did it.
 */
export function asksWhoDid(ws: readonly string[]): boolean {
  const past = (w: string): boolean => (w.length > 4 && w.endsWith('ed')) || WHO_DID.irregular.has(w);
  if (ws[0] === 'who') return ws.length >= 3 && !DECIDED_ON_THE_THING.words.has(ws[1]!) && past(ws[1]!);
  if (ws[0] === 'did') return ws.length >= 4 && WHO_DID.someone.has(ws[1]!);
  if (!WHO_DID.actorOpeners.has(ws[0] ?? '')) return false;
  const actor = [1, 2].find((i) => WHO_DID.actors.has(ws[i] ?? ''));
  return actor !== undefined && ws.length >= actor + 2 && past(ws[actor + 1]!);
}

/**
 * "what" then, within three words, a change in the past ("what changed", "what was modified",
 * "what changes were made", "what did we change"): asks what was done to the thing; never a
 * comparison of two versions ("what changed between the two snapshots" asks for their diff).
 */
export function asksWhatChanged(ws: readonly string[]): boolean {
  if (ws.length < 3 || ws.some((w) => WHAT_CHANGED.compare.has(w))) return false;
  if (ws[0] === 'how' && WHAT_CHANGED.howAux.has(ws[1]!)) return howChanged(ws);
  if (ws[0] !== 'what') return false;
  for (let i = 1; i <= 3 && i < ws.length; i++) {
    const w = ws[i]!;
    if (WHAT_CHANGED.changed.has(w)) return true;
    if (w === 'changes' && WHAT_CHANGED.past.has(ws[i + 1] ?? '')) return true;
    if (w === 'change' && ws[1] === 'did') return true;
  }
  return false;
}

/** "how did sg-... change", "how has the role been modified": a change verb after the thing named. */
function howChanged(ws: readonly string[]): boolean {
  return ws.slice(2).some(isChange);
}

const isChange = (w: string): boolean => w === 'change' || WHAT_CHANGED.changed.has(w);

/**
 * "which user deleted ...": the actor is who the record names, not a thing the read is about,
 * and the past verb is what was done, not the call wanted (as after "who", intent.ts).
 */
function forgetActor(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  for (const w of ws.slice(1, 3).filter((x) => WHO_DID.actors.has(x)))
    plan.terms.delete(ix.termIds.get(stem(w)) ?? -1);
  replaceVerbs(ix, plan, { lookup: 1 });
}

/** Marks a who-did or what-changed question on the plan: the record's terms, services and head noun. */
export function readHistory(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  const asked = asksWhoDid(ws) ? WHO_DID : asksWhatChanged(ws) ? WHAT_CHANGED : undefined;
  if (asked === undefined) return;
  const also = 'also' in asked ? asked.also : '';
  // "changed" says what the question asks, which the record's terms now say in AWS's words
  if (asked === WHAT_CHANGED)
    for (const w of ws[0] === 'how' ? ws.filter(isChange) : ws.slice(1, 4))
      plan.terms.delete(ix.termIds.get(stem(w)) ?? -1);
  else if (ws[0] !== 'who') forgetActor(ix, plan, ws);
  addMeaningTerms(ix, plan, asked.terms);
  addMeaningTerms(ix, plan, also);
  // the services of the things named are where it happened: the record's services answer
  for (const [svc, w] of plan.services) plan.services.set(svc, w * OUTCOME.placeService);
  addMeaningServices(ix, plan, asked.services);
  const ids = (terms: string) => analyze(terms).flatMap((t) => ix.termIds.get(t) ?? []);
  const record = new Set(ids(asked.terms));
  const records = new Set([...record, ...ids(also)]);
  // the things named are where the action happened: a read named only for them answers another question
  plan.container = new Set([...plan.terms.keys()].filter((id) => !records.has(id) && ix.nameLike[id] === 1));
  plan.inside = new Set();
  plan.head = new Set([...record].filter((id) => ix.nameLike[id] === 1));
}

// A setting asked for by judging a value (data/enough-value-r22-change.ts): "the crawler runs
// every hour which is overkill, once a day is enough", "our queue keeps messages 4 days, one day
// is plenty". The query names no change; what the thing does now is context. The plan's verbs
// become the setting's (update, modify, put, set), the typed ones keep a share, as for a desired
// state (desired-state.ts).

import { ALSO_ADDS, ENOUGH_VALUE, ENSURE_NOT } from './data/enough-value-r22-change.js';
import { namesOtherState } from './aux-question.js';
import type { SearchIndexData } from './index-build.js';
import { addMax, replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { holdsWordOrPair } from './text.js';

const PHRASES = ENOUGH_VALUE.phrases.map((p) => p.split(' '));
const OPENERS = ENSURE_NOT.openers.map((p) => p.split(' '));

/** The words of `phrase` stand at i. */
const phraseAt = (ws: readonly string[], i: number, phrase: readonly string[]): boolean =>
  phrase.every((w, k) => ws[i + k] === w);

/** True when the words judge a value as enough, too much or too little. */
export function judgesValue(ws: readonly string[]): boolean {
  if (ws.some((_, i) => PHRASES.some((p) => phraseAt(ws, i, p)))) return true;
  // "needs more instances"; "..., it needs to" closing the query
  const at = ws.indexOf(ENOUGH_VALUE.needs);
  if (at < 1) return false;
  return ENOUGH_VALUE.needsNext.has(ws[at + 1] ?? '') || (ws[at + 1] === 'to' && at + 2 === ws.length);
}

/** True when an outcome is ruled out from now on: "make sure it can't connect anymore". */
export function ensuresNot(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const opener = OPENERS.find((p) => phraseAt(ws, i, p));
    if (opener === undefined) continue;
    const end = Math.min(ws.length, i + opener.length + ENSURE_NOT.reach);
    for (let j = i + opener.length; j < end; j++) {
      if (ENSURE_NOT.bare.has(ws[j]!)) return true;
      if (ENSURE_NOT.modals.has(ws[j]!) && ENSURE_NOT.negations.has(ws[j + 1] ?? '')) return true;
    }
  }
  return false;
}

export function readEnoughValue(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  // "can the job run at 6am instead?" (aux-question.ts) asks for the other state as well
  const other = (ws[0] === 'can' || ws[0] === 'could') && namesOtherState(ws);
  // a value judged beside a change typed is its context ("turn off the flow logs, they cost too much")
  const judged = !plan.changes && judgesValue(ws);
  if (plan.question || !(judged || other || ensuresNot(ws))) return;
  replaceVerbs(ix, plan, ENOUGH_VALUE.verbs);
  plan.readOnly = false;
  plan.changes = true;
}

/** True when the words say one more joins what is there ("also", "as well"). */
export function addsOneMore(ws: readonly string[]): boolean {
  return holdsWordOrPair(ws, ALSO_ADDS);
}

/** A change that also lets a thing do more: the calls that add one lead those that put all anew. */
export function readAlsoAdds(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!plan.changes || !addsOneMore(ws)) return;
  for (const v of ALSO_ADDS.replacingVerbs) {
    const id = ix.verbIds.get(v);
    const w = id === undefined ? undefined : plan.verbs.get(id);
    if (w !== undefined) plan.verbs.set(id!, w * ALSO_ADDS.replacing);
  }
  for (const [v, w] of Object.entries(ALSO_ADDS.adding)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) addMax(plan.verbs, id, w);
  }
}

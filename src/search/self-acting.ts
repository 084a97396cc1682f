// An act things are to do by themselves from now on: "have dynamo drop items by themselves",
// "make old files auto-delete after 90 days" (data/self-acting-r20-paratop.ts). The typed verb is
// what AWS will do later; the request is the rule that does it (a TTL, a lifecycle rule, a scaling
// policy), so the rule's verbs join the plan and the typed verb keeps half its weight.

import { SELF_ACTING } from './data/self-acting-r20-paratop.js';
import type { SearchIndexData } from './index-build.js';
import { addMeaningTerms, replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

const MARKERS = SELF_ACTING.markers.map((m) => m.split(' '));

/**
 * True when the words (as typed: a hyphenated "auto-delete" may have been read as a name) ask
 * that an act happen by itself. Not a report of one ("it restarted by itself, why"): a past
 * participle right before the marker, or a why, tells what happened.
 */
export function actsByItself(raw: readonly string[]): boolean {
  const ws = raw.map((t) => t.toLowerCase().replace(/[^a-z-]+$/, ''));
  if (ws.includes('why')) return false;
  return ws.some((_, i) => !ws[i - 1]?.endsWith('ed') && MARKERS.some((m) => markerAt(ws, i, m)));
}

/**
 * The marker at i, naming its act ("delete themselves", "auto-delete"), followed by a trigger, or
 * after a removal typed before it ("throw away old images on their own, keep the latest 10"): the
 * act it happens by itself is then named, as a marker naming it does.
 */
function markerAt(ws: readonly string[], i: number, m: readonly string[]): boolean {
  if (!m.every((w, k) => ws[i + k] === w)) return false;
  const namesAct = m.some((w) => w.split('-').some((p) => SELF_ACTING.removal.has(p) || p === 'autodelete'));
  const removedBefore = ws.slice(0, i).some((w) => SELF_ACTING.removal.has(w));
  return namesAct || removedBefore || SELF_ACTING.triggers.has(ws[i + m.length] ?? '');
}

export function readSelfActing(ix: SearchIndexData, plan: Mutable<QueryPlan>, raw: readonly string[]): void {
  if (plan.question || !actsByItself(raw)) return;
  replaceVerbs(ix, plan, SELF_ACTING.verbs);
  // things that remove themselves ("auto-delete", "drop by themselves") ask for an expiry rule,
  // whose every form is asked with these words, even where the hyphenated verb was read as a name
  const removal = raw.some((t) =>
    t
      .toLowerCase()
      .split('-')
      .some((w) => SELF_ACTING.removal.has(w)),
  );
  if (removal) addMeaningTerms(ix, plan, SELF_ACTING.removalTerms);
  plan.readOnly = false;
  plan.changes = true;
}

// A rule that keeps people from an act: "nobody on the internet should be able to see the
// bucket", "stop people outside the company reading it", "don't let anyone delete backups"
// (data/prohibition-r20-paratop.ts). The act's verb (see, read, delete) names what is ruled out;
// the task is the setting or policy that rules it out, so the plan's verbs become the rule's
// (put, update, modify) and the query no longer only reads.

import { PROHIBITION } from './data/prohibition-r20-paratop.js';
import type { SearchIndexData } from './index-build.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** The word (or two-word phrase) at i that is in `set`, and how many words it takes. */
function phraseAt(ws: readonly string[], i: number, set: ReadonlySet<string>): number {
  if (set.has(`${ws[i]} ${ws[i + 1]}`)) return 2;
  return set.has(ws[i]!) ? 1 : 0;
}

/** Where the rule opens: after only lead words, a nobody word, or a keeping verb. */
function openerAt(ws: readonly string[]): number {
  for (let i = 0; i < ws.length; i++) {
    if (phraseAt(ws, i, PROHIBITION.nobody) > 0 || PROHIBITION.keepFrom.has(ws[i]!)) return i;
    if (!PROHIBITION.lead.has(ws[i]!)) return -1;
  }
  return -1;
}

/** "never <act> ... again" anywhere, or "never" after only lead words: an act ruled out for good. */
function neverAgain(ws: readonly string[]): boolean {
  if (PROHIBITION.askers.has(ws[0] ?? '')) return false;
  for (let i = 0; i < ws.length; i++) {
    const act = ws[i + 1] ?? '';
    if (!PROHIBITION.never.has(ws[i]!) || act.endsWith('ed') || PROHIBITION.pastForms.has(act)) continue;
    // "make sure we never text x": a rule, though "we never receive the emails" reports one
    const rule = ws.slice(Math.max(0, i - 3), i).some((w) => PROHIBITION.ensure.has(w));
    const again = ws.slice(i + 2, i + 2 + PROHIBITION.againReach).includes('again');
    const byUs =
      PROHIBITION.actors.has((PROHIBITION.modals.has(ws[i - 1]!) ? ws[i - 2] : ws[i - 1]) ?? '') ||
      ws.slice(0, i).every((w) => PROHIBITION.lead.has(w));
    if (rule || (again && byUs)) return true;
  }
  return false;
}

/** True when the words open with a rule that keeps someone from an act. */
export function isProhibition(ws: readonly string[]): boolean {
  if (neverAgain(ws)) return true;
  const at = openerAt(ws);
  if (at < 0) return false;
  const nobody = phraseAt(ws, at, PROHIBITION.nobody);
  if (nobody > 0) {
    const end = Math.min(ws.length, at + nobody + PROHIBITION.modalReach);
    return ws.slice(at + nobody, end).some((w) => PROHIBITION.modals.has(w));
  }
  // "stop people ...", "keep anyone from ...": the person word right after the verb or a
  // determiner ("stop the public"); "stop the instances" stops them
  return [1, 2].some(
    (k) => phraseAt(ws, at + k, PROHIBITION.people) > 0 && (k === 1 || ws[at + 1] === 'the'),
  );
}

export function readProhibition(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!isProhibition(ws)) return;
  replaceVerbs(ix, plan, PROHIBITION.verbs);
  plan.readOnly = false;
  plan.question = false;
  plan.changes = true;
}

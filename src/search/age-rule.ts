// Removal tied to an age: "drop logs once they are 14 days old" (data/age-rule-r21-outcome.ts).
// The thing is removed later, when it reaches the age, by a rule set now (retention, lifecycle,
// TTL): the rule's verbs replace the typed one, as for an act done by itself (self-acting.ts).

import { AGE_RULE } from './data/age-rule-r21-outcome.js';
import { SELF_ACTING } from './data/self-acting-r20-paratop.js';
import type { SearchIndexData } from './index-build.js';
import { addMeaningTerms, replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** The verb stem of a typed word: "cleaned", "drops", "deleting" -> clean, drop, delet(e). */
function isRemoval(w: string): boolean {
  const bases = [w, w.replace(/(ed|es|s|ing)$/, ''), w.replace(/(d|s)$/, ''), w.replace(/ped$/, 'p')];
  return bases.some((b) => AGE_RULE.removal.has(b) || AGE_RULE.removal.has(`${b}e`));
}

/** True when a removal waits for an age: an opener, then within reach "<unit> old". */
export function removesAtAge(ws: readonly string[]): boolean {
  if (!ws.some(isRemoval)) return false;
  return ws.some((w, i) => {
    if (w !== 'old' || !AGE_RULE.units.has(ws[i - 1] ?? '')) return false;
    return ws.slice(Math.max(0, i - AGE_RULE.reach), i).some((o) => AGE_RULE.openers.has(o));
  });
}

/** "have the logs cleaned up once ...": a request to have it done, though it opens like a question. */
function asksToHave(ws: readonly string[]): boolean {
  return AGE_RULE.causative.has(ws[0] ?? '') && !AGE_RULE.perfect.has(ws[1] ?? '') && !ws.includes('been');
}

export function readAgeRule(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if ((plan.question && !asksToHave(ws)) || !removesAtAge(ws)) return;
  plan.question = false;
  replaceVerbs(ix, plan, SELF_ACTING.verbs);
  addMeaningTerms(ix, plan, SELF_ACTING.removalTerms);
  plan.readOnly = false;
  plan.changes = true;
}

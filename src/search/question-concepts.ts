// A question asks about the state a concept names, never for the change the concept's own verb
// would make: "is the release waiting on a manual approval" reads the pipeline's state, it does
// not put an approval result. The concept's verbs that change things are already kept out of the
// plan's verbs (query-words.ts); here their word leaves the terms too, so an operation named
// after the change ("PutApprovalResult") gains nothing from the verb no one typed.

import { SHOW_VERBS } from './data/show-verbs-r20-within.js';
import { R22_QS_SHOW_PHRASES } from './data/verbs-r22-qs.js';
import { analyze } from './analyzer.js';
import type { SearchIndexData } from './index-build.js';
import { onlyReads } from './intent.js';
import type { QueryPlan } from './query-plan.js';

/** Drops from a question's terms the changing verbs its concepts implied but the user never typed. */
export function dropImpliedChanges(
  ix: SearchIndexData,
  plan: QueryPlan,
  implied: readonly string[],
  stems: readonly string[],
): void {
  for (const v of implied) {
    if (onlyReads({ [v]: 1 })) continue;
    for (const t of analyze(v)) {
      const id = ix.termIds.get(t);
      if (id !== undefined && !stems.includes(t)) plan.terms.delete(id);
    }
  }
}

/**
 * "show the lifecycle policy": a verb that only shows (data/show-verbs-r20-within.ts) looks, as a
 * question does, so its concepts lend no changing verb either (round 20).
 */
export function showsOnly(
  ws: readonly string[],
  verbAt: { readonly start: number; readonly end: number } | undefined,
): boolean {
  if (verbAt === undefined || verbAt.start >= SHOW_VERBS.within) return false;
  // "pull up the X", "give me the X" (round 22): a phrase that asks to be shown the thing
  return (
    SHOW_VERBS.words.has(ws[verbAt.start]!) ||
    R22_QS_SHOW_PHRASES.has(ws.slice(verbAt.start, verbAt.end).join(' '))
  );
}

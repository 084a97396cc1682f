// Whether a written-out operation (`s3:DeleteObject`) is the call wanted or the IAM action a
// permission request is about (data/action-mentions.ts): "can alice do s3:DeleteObject" asks the
// policy simulator, it does not delete.

import {
  ADDRESSEES,
  MAY_DO,
  MODAL_REACH,
  PERFORM_VERBS,
  PERMISSION_SETTING_NAME,
  PERMISSION_WORDS,
  type ActionMention,
} from './data/action-mentions.js';
import type { SearchIndexData } from './index-build.js';
import { OP_REF } from './op-ref.js';
import type { QueryPlan } from './query-plan.js';
import { addMax, addMeaningTerms, addMeaningServices, leadingVerb } from './plan-terms.js';
import { BOOST } from './ranking-params.js';
import { words } from './text.js';

/** The entry that makes the written-out operation at token i a permission's action, if any. */
export function actionMention(tokens: readonly string[], i: number): ActionMention | undefined {
  const m = OP_REF.exec(tokens[i]!);
  if (!m || PERMISSION_SETTING_NAME.test(m[2]!)) return undefined;
  return permissionWord(tokens) ?? mayDo(tokens, i);
}

/** The first mention among the query's written-out operations. */
function firstActionMention(tokens: readonly string[]): ActionMention | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const found = actionMention(tokens, i);
    if (found) return found;
  }
  return undefined;
}

function permissionWord(tokens: readonly string[]): ActionMention | undefined {
  for (const t of tokens) {
    if (OP_REF.test(t)) continue;
    for (const w of words(t)) if (PERMISSION_WORDS[w]) return PERMISSION_WORDS[w];
  }
  return undefined;
}

/** "can alice do <action>": a modal shortly before a verb of performing right before token i. */
function mayDo(tokens: readonly string[], i: number): ActionMention | undefined {
  if (i < 2 || !PERFORM_VERBS.has(tokens[i - 1]!.toLowerCase())) return undefined;
  const from = Math.max(0, i - 1 - MODAL_REACH);
  for (let k = i - 2; k >= from; k--) {
    const entry = MAY_DO[tokens[k]!.toLowerCase()];
    if (!entry) continue;
    return ADDRESSEES.has(tokens[k + 1]?.toLowerCase() ?? '') ? undefined : entry;
  }
  return undefined;
}

/** What answers a permission request about a written-out action: its terms and services. */
export function addActionMention(ix: SearchIndexData, plan: QueryPlan, tokens: readonly string[]): void {
  const mention = firstActionMention(tokens);
  if (!mention) return;
  addMeaningTerms(ix, plan, mention.terms);
  addMeaningServices(ix, plan, mention.services);
  // the terms' leading verb (simulate) is the action wanted, as a concept's leading verb is
  const lead = leadingVerb(ix, mention.terms);
  if (lead !== undefined) addMax(plan.verbs, ix.verbIds.get(lead)!, BOOST.impliedVerb);
}

// An advice question ("should we buy RDS reserved instances", "what type should we move
// i-0abc to"): the speaker asks what to do, not to do it. AWS answers with a recommendation
// computed from usage (data/advice-r20-persona.ts); the services named are only what it is about,
// as a question about their cost reads Cost Explorer (elsewhere.ts).

import { ADVICE, type AdviceAnswer } from './data/advice-r20-persona.js';
import { analyze } from './analyzer.js';
import { answerFrom } from './elsewhere.js';
import type { SearchIndexData } from './index-build.js';
import { leadingVerb, replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** The verb a "should we"/"shall I" asks advice on, if the query holds one. */
function adviceVerb(ws: readonly string[]): string | undefined {
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!ADVICE.modals.has(ws[i]!)) continue;
    // "what size should the group's instances be": the size the thing should have
    if (i > 0 && ADVICE.sizes.has(ws[i - 1]!) && ws.includes('be', i + 2)) return 'resize';
    if (!ADVICE.speakers.has(ws[i + 1]!)) continue;
    let v = i + 2;
    while (v < ws.length - 1 && ADVICE.skips.has(ws[v]!)) v++;
    return ws[v];
  }
  return undefined;
}

/** The recommendation the advice question asks for, if any. */
export function adviceAsked(ws: readonly string[]): AdviceAnswer | undefined {
  const verb = adviceVerb(ws);
  if (verb === undefined) return undefined;
  return ADVICE.answers.find((a) => a.verbs.has(verb) && (!a.when || ws.some((w) => a.when.has(w))));
}

/** Marks the question on the plan: the recommendation is read, the named services count less. */
export function readAdvice(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  const answer = adviceAsked(ws);
  if (!answer) return;
  answerFrom(ix, plan, answer);
  const lead = leadingVerb(ix, answer.terms);
  if (lead !== undefined) replaceVerbs(ix, plan, { [lead]: 1 });
  const head = new Set(analyze(answer.head ?? answer.terms).flatMap((t) => ix.termIds.get(t) ?? []));
  plan.head = new Set([...head].filter((id) => ix.nameLike[id] === 1));
  plan.readOnly = true;
  plan.changes = false;
}

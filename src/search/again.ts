// Doing a task again, and a light verb with a size word (data/verbs-r9.ts). "Run the crawler
// again" or "re-run the job": the thing exists, so running it counts as asked and creating it
// counts for less, unless the verb's result is itself a new thing (`deploy` -> a deployment).
// "Make it bigger": the comparative says the resource gets a new size (Resize*, Modify*).

import { AGAIN, AGAIN_MARKERS, RE_PREFIX, SIZE_WORDS } from './data/verbs-r9.js';
import { VERB_NOUNS } from './data/verb-nouns.js';
import type { SearchIndexData } from './index-build.js';
import { addTerm, type Mutable } from './plan-terms.js';
import type { VerbSpan } from './query-words.js';
import type { QueryPlan } from './query-plan.js';
import { TERM_WEIGHT } from './ranking-params.js';
import { analyze } from './analyzer.js';
import { stem } from './text.js';

const MARKERS = Object.keys(AGAIN_MARKERS).map((k) => k.split(' '));

/**
 * Whether the query says the task is done again (a marker's words in a row), with a verb of
 * doing or making (or none) and no negation.
 */
export function saysAgain(ws: readonly string[], verbAt: VerbSpan | undefined): boolean {
  if (prefixedAgain(ws, verbAt)) return true;
  if (verbAt && !AGAIN.doing.some((v) => (verbAt.weights[v] ?? 0) > 0)) return false;
  if (ws.some((w) => (AGAIN.unless as readonly string[]).includes(w))) return false;
  for (let i = 0; i < ws.length; i++)
    if (MARKERS.some((m) => m.every((w, k) => ws[i + k] === w)) && !afterFailure(ws[i - 1])) return true;
  return false;
}

/** "the run failed again": the failure repeated, nothing is asked to run again. */
function afterFailure(w: string | undefined): boolean {
  return w !== undefined && (AGAIN.afterFailure as readonly string[]).includes(w);
}

/**
 * Whether the verb is written with the prefix of doing again ("re-check", "re-run"): whatever
 * the verb, it is run again, so a reading verb asks for a run here (StartConfigRulesEvaluation).
 */
export function prefixedAgain(ws: readonly string[], verbAt: VerbSpan | undefined): boolean {
  return verbAt !== undefined && verbAt.start > 0 && ws[verbAt.start - 1] === RE_PREFIX;
}

/** Adds what doing it again asks for to the plan's verbs, and lowers Create*. */
export function applyAgain(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
): void {
  plan.again = true;
  const verbs = plan.verbs;
  // "deploy the stage again" makes a new deployment: its Create* stays; else a new execution
  const makesNoun = verbAt !== undefined && ws.slice(verbAt.start, verbAt.end).some((w) => VERB_NOUNS[w]);
  if (!makesNoun) for (const t of analyze(AGAIN.terms)) addTerm(ix, plan, t, TERM_WEIGHT.verbWord);
  for (const [v, w] of Object.entries(AGAIN.weights)) {
    const id = ix.verbIds.get(v);
    // the typed verb's own weights stay ("rerun" retries before it starts)
    if (id !== undefined && !verbs.has(id)) verbs.set(id, w);
  }
  const create = ix.verbIds.get('create');
  const had = create === undefined ? undefined : verbs.get(create);
  if (create !== undefined && had !== undefined && !makesNoun) verbs.set(create, had * AGAIN.createScale);
}

/** The weights of a size word after a light verb ("make it bigger"), if the query has one. */
export function sizeWeights(ws: readonly string[]): Readonly<Record<string, number>> | undefined {
  for (let i = 0; i < ws.length; i++) {
    // a pair first: "more big" is how a learner says bigger
    const entry = SIZE_WORDS[`${ws[i]} ${ws[i + 1] ?? ''}`] ?? SIZE_WORDS[ws[i]!];
    if (entry) return entry.weights;
  }
  return undefined;
}

/**
 * Whether a typed noun is a place the verb's result goes (data/verb-nouns.ts `places`): an API
 * Gateway stage is deployed to, so "deploy stage prod" makes a deployment there.
 */
export function madeInPlace(
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
  content: readonly string[],
): boolean {
  if (!verbAt) return false;
  const places = ws.slice(verbAt.start, verbAt.end).flatMap((w) => VERB_NOUNS[w]?.places ?? []);
  return places.some((p) => content.includes(stem(p)));
}

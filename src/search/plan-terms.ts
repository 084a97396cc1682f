// Adding to a query plan while it is built: a term or a key keeps the highest weight it is given.
// A phrase's meaning (a concept, a vocabulary phrase, a permission request's answer) goes in
// through addMeaningTerms and addMeaningServices, so every source weighs it the same way.

import { analyze } from './analyzer.js';
import { servicesWithId } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import { BOOST, TERM_WEIGHT } from './ranking-params.js';
import { words } from './text.js';

/** A plan while it is built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function addTerm(ix: SearchIndexData, plan: QueryPlan, term: string, weight: number): void {
  const id = ix.termIds.get(term);
  if (id !== undefined) addMax(plan.terms, id, weight);
}

export function addMax(map: Map<number, number>, key: number, value: number): void {
  const cur = map.get(key);
  if (cur === undefined || value > cur) map.set(key, value);
}

/** A meaning's words as expansion terms; scale < 1 where it describes a later step. */
export function addMeaningTerms(
  ix: SearchIndexData,
  plan: QueryPlan,
  terms: string | undefined,
  scale = 1,
): void {
  for (const t of analyze(terms ?? '')) addTerm(ix, plan, t, TERM_WEIGHT.expansion * scale);
}

/** The services a meaning points to ("bucket" -> s3), as surely as a service phrase. */
export function addMeaningServices(
  ix: SearchIndexData,
  plan: QueryPlan,
  services: readonly string[] | undefined,
  scale = 1,
): void {
  for (const id of services ?? [])
    for (const s of servicesWithId(ix, id)) addMax(plan.services, s, BOOST.servicePhrase * scale);
}

/** The verb a meaning's words start with ("simulate principal policy" -> simulate), if the index knows it. */
export function leadingVerb(ix: SearchIndexData, terms: string | undefined): string | undefined {
  const lead = words(terms ?? '')[0];
  return lead !== undefined && ix.verbIds.has(lead) ? lead : undefined;
}

/** How much the verbs a query had still count when a stronger reading replaces them. */
const REPLACED_VERB_SHARE = 0.5;

/**
 * Verbs that a reading of the whole query puts first (a change of value modifies, a file asked
 * for its words is transcribed): the verbs read so far count for half, these for their weights.
 */
export function replaceVerbs(
  ix: SearchIndexData,
  plan: QueryPlan,
  weights: Readonly<Record<string, number>>,
): void {
  for (const [id, w] of plan.verbs) plan.verbs.set(id, w * REPLACED_VERB_SHARE);
  for (const [v, w] of Object.entries(weights)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) addMax(plan.verbs, id, w);
  }
}

/** The services a reading step looks in: those the plan names, or every one when it names none. */
export function servicesInScope(ix: SearchIndexData, plan: QueryPlan): number[] {
  return plan.services.size > 0 ? [...plan.services.keys()] : ix.services.map((_, s) => s);
}

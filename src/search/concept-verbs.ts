// A concept whose meaning starts with a verb ("receipt" -> analyze expense) names a task of its
// own; when it is the object of a change verb the user typed that is not that verb ("mail a
// receipt", "save the extracted invoice fields to dynamodb"), it is what the typed task acts on,
// and its services count for less (data/concept-verbs-r15-traps.ts). A concept further on says
// how or when ("run it every morning", "move the database continuously") and keeps its weight.

import { CONCEPT_AS_OBJECT } from './data/concept-verbs-r15-traps.js';
import { DETERMINERS } from './data/determiners.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { servicesWithId } from './identifiers.js';
import type { QueryPlan } from './query-plan.js';
import { BOOST } from './ranking-params.js';

/** A concept read in the query: where it starts, the verb its meaning starts with, its services. */
export interface VerbConcept {
  readonly at: number;
  readonly lead?: string;
  readonly services: readonly string[];
}

/** The query's words, and the services its pasted identifiers name (query.ts fromIds). */
export interface ConceptWords {
  readonly ws: readonly string[];
  readonly fromIds: ReadonlyMap<number, number>;
}

/** The typed verb: where it ends and what it means. */
export interface TypedVerb {
  readonly start: number;
  readonly end: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** Lowers the services of a concept that is the typed verb's object and brings another verb. */
export function yieldConceptVerbs(
  ix: SearchIndexData,
  plan: QueryPlan,
  { ws, fromIds }: ConceptWords,
  concepts: readonly VerbConcept[],
  typed: TypedVerb | undefined,
): void {
  if (!plan.changes || typed === undefined || CONCEPT_AS_OBJECT.unsaid.has(ws[typed.start - 1] ?? '')) return;
  const yields = (c: VerbConcept): boolean =>
    c.lead !== undefined && (typed.weights[c.lead] ?? 0) === 0 && objectOf(ws, typed.end, c.at);
  // a service another concept means, one that keeps its weight, stays as strong
  const kept = new Set(concepts.filter((c) => !yields(c)).flatMap((c) => c.services));
  // only beside another service the task may be of ("mail" -> SES): alone, the concept's
  // service is the task's ("set up serverless spark" creates an EMR Serverless application)
  for (const c of concepts.filter((x) => yields(x) && rivalled(ix, plan, x, fromIds)))
    for (const id of c.services.filter((x) => !kept.has(x)))
      for (const s of servicesWithId(ix, id))
        if (plan.services.get(s) === BOOST.servicePhrase)
          plan.services.set(s, BOOST.servicePhrase * CONCEPT_AS_OBJECT.weight);
}

/**
 * Whether a service the concept does not mean is as strong in the plan as the concept's; one a
 * pasted identifier names is where things are ("register voiceprints listed in s3://..."), no rival.
 */
function rivalled(
  ix: SearchIndexData,
  plan: QueryPlan,
  c: VerbConcept,
  fromIds: ReadonlyMap<number, number>,
): boolean {
  const own = new Set(c.services);
  return [...plan.services].some(
    ([s, w]) => w >= BOOST.servicePhrase && !own.has(ix.services[s]!.id) && !fromIds.has(s),
  );
}

/**
 * Whether the word at `at` opens the verb's object: only determiners and adjectives of the
 * object between ("mail a receipt", "email the quarterly invoice", "save the extracted fields").
 */
function objectOf(ws: readonly string[], verbEnd: number, at: number): boolean {
  if (at < verbEnd || STOP_WORDS.has(ws[at]!)) return false;
  // a preposition or a noun between says where or when ("run it at cron(...)"), not what is acted on
  return ws
    .slice(verbEnd, at)
    .every((w) => DETERMINERS.includes(w) || CONCEPT_AS_OBJECT.adjectiveEnds.test(w));
}

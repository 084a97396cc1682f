// Things the query's wording shows exist, with no id or name given (data/acted-on-r16-started.ts).
// What is done again exists: "rebuild the dev branch", "make my trail record again". So does a
// thing named with its state: "my existing load balancer", "the paused cluster". Their kinds join
// the plan's existing kinds (existing.ts), so a Create of that kind yields to the task on it.

import {
  AGAIN_OBJECT,
  OPENING_SUBJECT,
  STATE_BEFORE_KIND,
  SWITCHED_OFF,
} from './data/acted-on-r16-started.js';
import { NEW_THING_MARKERS } from './data/named-kinds-r14.js';
import { STOP_WORDS } from './data/stop-words.js';
import { withKinds } from './existing.js';
import type { SearchIndexData } from './index-build.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';

/** Adds the kinds of the things the wording shows exist to plan.existing. */
export function addActedOn(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
): void {
  const acted = plan.again || switchesOff(ws, verbAt);
  const phrases = [...againObject(ws, verbAt, acted), ...stateNamed(ws), ...openingSubject(ws)];
  if (phrases.length > 0) plan.existing = withKinds(ix, plan.existing, phrases);
}

/** Whether the verb switches its thing off ("disable", "turn off"): only a thing there can be. */
function switchesOff(ws: readonly string[], verbAt: VerbSpan | undefined): boolean {
  if (verbAt === undefined) return false;
  const verb = ws.slice(verbAt.start, verbAt.end);
  return SWITCHED_OFF.verbs.has(verb[0]!) || (verb.length === 2 && SWITCHED_OFF.offWords.has(verb[1]!));
}

/** The thing a verb said again acts on ("rebuild the dev branch"), unless the verb makes it anew. */
function againObject(ws: readonly string[], verbAt: VerbSpan | undefined, again: boolean): string[] {
  if (!again || verbAt === undefined) return [];
  const verb = ws.slice(verbAt.start, verbAt.end);
  if (verb.some((w) => AGAIN_OBJECT.makingAgain.has(w))) return [];
  let at = verbAt.end;
  while (AGAIN_OBJECT.owners.has(ws[at] ?? '')) at++;
  return prefixes(ws, at, AGAIN_OBJECT.reach);
}

/** The thing an owner or "the" opens the query with: the topic, described as it is now. */
function openingSubject(ws: readonly string[]): string[] {
  if (!OPENING_SUBJECT.owners.has(ws[0] ?? '') || ws.some((w) => OPENING_SUBJECT.absent.has(w))) return [];
  return prefixes(ws, 1, OPENING_SUBJECT.reach);
}

/** The things named right after a word of their state ("my running emr cluster"). */
function stateNamed(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++)
    if (STATE_BEFORE_KIND.words.has(ws[i]!)) out.push(...prefixes(ws, i + 1, STATE_BEFORE_KIND.reach));
  return out;
}

/**
 * The phrase's content words from `at`, each prefix a kind it may be: the noun phrase can run
 * on into a name ("my glue job nightly etl"), so its head is not always its last word.
 */
function prefixes(ws: readonly string[], at: number, reach: number): string[] {
  const out: string[] = [];
  const words: string[] = [];
  for (let j = at; j < ws.length && words.length < reach; j++) {
    const w = ws[j]!;
    // "a", "new": a thing to make, not one there
    if (STOP_WORDS.has(w) || NEW_THING_MARKERS.words.has(w) || !/^[a-z][a-z0-9]*$/.test(w)) break;
    words.push(w);
    out.push(words.join(' '));
  }
  return out;
}

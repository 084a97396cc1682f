// Queries with no verb, a noun phrase alone (data/noun-phrase-r16-verbless.ts): "another read
// replica for orders-db" and "managed kafka for the pipeline" want one made; "steps of emr cluster
// j-1" and "schedule of backup plan x" want a part or record of an existing thing seen.

import {
  GENERIC_AFTER_TIE,
  MADE_THING_SPAN,
  MANAGED_PRODUCT,
  NOUN_BEFORE_OF,
  NOT_IN_OPENER,
  OF_THING,
  OF_THING_OPENER_WORDS,
  ONE_MORE,
  OPENING_ARTICLES,
  PARTS_OF,
  PLURAL_BEFORE,
} from './data/noun-phrase-r16-verbless.js';
import { READ_NOUNS, WISHED_FOR } from './data/noun-phrase-r22-plain.js';
import { LIGHT_VERBS, VERB_SYNONYMS } from './data/verbs.js';
import { isQuestion, onlyReads } from './intent.js';
import type { SearchIndexData } from './index-build.js';
import type { VerbSpan, WordRuns } from './query-words.js';

/** Whether the word at `i` is (part of) a service or product name. */
function namesProduct(runs: WordRuns, i: number): boolean {
  return runs.serviceWord[i] === true || (runs.phraseServices[i]?.length ?? 0) > 0;
}

/**
 * "another read replica", "a fresh key", "managed kafka": the phrase opens with one more of a
 * kind, so the task is to make one; a verb found inside the noun phrase ("read") names the thing.
 */
export function madeThing(
  ws: readonly string[],
  runs: WordRuns,
  verbAt: VerbSpan | undefined,
): VerbSpan | undefined {
  const at = OPENING_ARTICLES.has(ws[0] ?? '') ? 1 : 0;
  const w = ws[at] ?? '';
  const made = ONE_MORE.words.has(w) || (MANAGED_PRODUCT.words.has(w) && namesProduct(runs, at + 1));
  if (!made) return wishedFor(ws, verbAt);
  if (verbAt !== undefined && (verbAt.start < at || verbAt.start > at + MADE_THING_SPAN)) return undefined;
  return { start: at, end: at + 1, weights: VERB_SYNONYMS.new! };
}

/**
 * "a queue for the order emails", "a shared drive that servers can use": a thing named with an
 * article and no verb before what it is for (data/noun-phrase-r22-plain.ts) is wished made.
 */
function wishedFor(ws: readonly string[], verbAt: VerbSpan | undefined): VerbSpan | undefined {
  if (ws[0] !== 'a' && ws[0] !== 'an') return undefined;
  if (READ_NOUNS.has(ws[1] ?? '') || isQuestion(ws)) return undefined;
  const rel = ws.findIndex((x, i) => i > 1 && WISHED_FOR.words.has(x));
  if (verbAt !== undefined && (rel < 0 || verbAt.start < rel)) return undefined;
  return { start: 0, end: 1, weights: VERB_SYNONYMS.new! };
}

/**
 * "steps of emr cluster j-1", "tags on function x": a noun phrase of a few words tied by a
 * preposition to the thing it belongs to, with no verb (or a noun read as one right before "of").
 */
export function readsPartOf(
  ix: SearchIndexData,
  ws: readonly string[],
  runs: WordRuns,
  verbAt: VerbSpan | undefined,
): boolean {
  if (OPENING_ARTICLES.has(ws[0] ?? '') || isQuestion(ws)) return false;
  const p = ws.findIndex((w, i) => i > 0 && i <= OF_THING_OPENER_WORDS && OF_THING.words.has(w));
  // a verb first ("search logs for ERROR", "keep old versions of") is the task, unless "of" makes it a noun
  const first = ws[0]!;
  const verb =
    ix.verbIds.has(first) || Object.hasOwn(VERB_SYNONYMS, first) || Object.hasOwn(LIGHT_VERBS, first);
  const verbFirst = verb && !NOUN_BEFORE_OF.words.has(ws[1] ?? '');
  if (p < 0 || verbFirst || ws.slice(1, p).some((w) => NOT_IN_OPENER.words.has(w) || /^[0-9]/.test(w)))
    return false;
  if (GENERIC_AFTER_TIE.words.has(ws[p + 1] ?? '')) return false;
  if (verbAt !== undefined)
    return verbAt.start === 0 && verbAt.end === 1 && p === 1 && NOUN_BEFORE_OF.words.has(ws[1]!);
  const plural = /[^s]s$/.test(ws[p - 1]!);
  if (PLURAL_BEFORE.words.has(ws[p]!) && !plural) return false;
  if (runs.impliedVerbs.every((v) => onlyReads({ [v]: 1 }))) return true;
  const changing = runs.verbConcepts.filter((c) => c.lead !== undefined && !onlyReads({ [c.lead]: 1 }));
  return PARTS_OF.words.has(ws[p]!) && plural && changing.every((c) => c.at < p);
}

/** The verb of a query read as a noun phrase: one made, or none when it reads a part of a thing. */
export function verblessReading(
  ix: SearchIndexData,
  ws: readonly string[],
  runs: WordRuns,
  found: VerbSpan | undefined,
): { verbAt: VerbSpan | undefined; partRead: boolean } {
  const verbAt = madeThing(ws, runs, found) ?? found;
  const partRead = readsPartOf(ix, ws, runs, verbAt);
  return { verbAt: partRead ? undefined : verbAt, partRead };
}

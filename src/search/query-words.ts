// The parts of planQuery (query.ts) that read the query's words once typos are corrected: word
// runs that name services or vocabulary phrases, and the verb the user wants. They add to the
// plan in the same order as always: map insertion order feeds the ranking's sums.

import type { Expansion } from './data/aws-vocabulary.js';
import { servicesWithId } from './identifiers.js';
import { STOP_WORDS } from './data/stop-words.js';
import { DELETE_ALL } from './data/phrasal-verbs.js';
import { RUNTIME_SERVICES } from './data/runtime-services.js';
import { LIGHT_VERBS } from './data/verbs.js';
import type { SearchIndexData } from './index-build.js';
import { BOOST, TERM_WEIGHT } from './ranking-params.js';
import { queryNameKeys } from './service-names.js';
import { words } from './text.js';
import { MAX_PHRASE_WORDS, PHRASES, VERBS } from './vocabulary.js';
import { firstVerb } from './verb-finder.js';
import { applyAgain, prefixedAgain, saysAgain, sizeWeights } from './again.js';
import { analyze } from './analyzer.js';
import { isQuestion, onlyReads, QUESTION_VERBS } from './intent.js';
import type { QueryPlan } from './query.js';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the word-run scan learnt about each word position. */
export interface WordRuns {
  /** Words that are part of a service name. */
  readonly serviceWord: boolean[];
  /** Words a vocabulary phrase translated into other terms (weighted lower as typed). */
  readonly translated: boolean[];
  /** Verbs the vocabulary phrases imply (`translate` for "in french"). */
  readonly impliedVerbs: string[];
  /** Start position -> the terms a phrase starting there translates to. */
  readonly translations: Map<number, string[]>;
  /** The services of the longest vocabulary phrase covering each word, when it names any. */
  readonly phraseServices: (readonly string[] | undefined)[];
}

/** Services named, vocabulary phrases, verbs: scan word runs, longest first. */
export function scanWordRuns(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
): WordRuns {
  const runs: WordRuns = {
    serviceWord: new Array<boolean>(ws.length).fill(false),
    translated: new Array<boolean>(ws.length).fill(false),
    impliedVerbs: [],
    translations: new Map(),
    phraseServices: new Array<readonly string[] | undefined>(ws.length).fill(undefined),
  };
  for (let n = Math.min(MAX_PHRASE_WORDS, ws.length); n >= 1; n--) {
    for (let i = 0; i + n <= ws.length; i++) {
      const run = ws.slice(i, i + n);
      if (n === 1 && STOP_WORDS.has(run[0]!)) continue;
      const phrase = PHRASES.get(stems.slice(i, i + n).join(' '));
      // a verb that is also a service alias (`deploy`) is a verb in plain language
      const verbWord = n === 1 && VERBS.has(stems[i]!);
      // inside a longer phrase, words name the services the phrase means ("log in" is not Logs,
      // an "sftp server" is not EC2); their own terms still count ("port" inside "port 22")
      const inside = coveredByPhrase(runs, i, n);
      const meant = inside ? runs.phraseServices[i] : phrase?.services;
      if (!verbWord) addNamedServices(ix, plan, run, i, meant, runs);
      if (phrase) addPhrase(ix, plan, phrase, i, n, stems, runs, inside);
    }
  }
  return runs;
}

/** Whether a longer phrase that names services covers every word of the run at i..i+n. */
function coveredByPhrase(runs: WordRuns, i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (runs.phraseServices[k] === undefined) return false;
  return true;
}

/** Services whose name (or alias) is the word run at i. */
function addNamedServices(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  run: readonly string[],
  i: number,
  phraseServices: readonly string[] | undefined,
  runs: WordRuns,
): void {
  for (const key of queryNameKeys(run)) {
    for (const [s, strength] of ix.serviceKeys.get(key) ?? []) {
      // the vocabulary knows what a name means today (`waf` -> wafv2): it outranks the literal id
      const curated = phraseServices === undefined || phraseServices.includes(ix.services[s]!.id);
      addMax(plan.services, s, BOOST.serviceNamed * strength * (curated ? 1 : BOOST.overriddenName));
      for (let k = i; k < i + run.length; k++) runs.serviceWord[k] = true;
      if (strength === 1) plan.namedService = true;
    }
  }
}

/** A vocabulary phrase at i..i+n: its terms, the verb it implies, and the services it means. */
function addPhrase(
  ix: SearchIndexData,
  plan: QueryPlan,
  phrase: Expansion,
  i: number,
  n: number,
  stems: readonly string[],
  runs: WordRuns,
  inside: boolean,
): void {
  if (phrase.terms) {
    const into = analyze(phrase.terms);
    // a phrase that keeps a typed word (`cost` -> cost usage) does not demote it
    for (let k = i; k < i + n; k++) if (!into.includes(stems[k]!)) runs.translated[k] = true;
    runs.translations.set(i, [...(runs.translations.get(i) ?? []), ...into]);
  }
  const lead = words(phrase.terms ?? '')[0];
  if (lead !== undefined && ix.verbIds.has(lead)) runs.impliedVerbs.push(lead);
  for (const t of analyze(phrase.terms ?? '')) addTerm(ix, plan, t, TERM_WEIGHT.expansion);
  if (inside) return;
  for (let k = i; k < i + n; k++) runs.phraseServices[k] ??= phrase.services;
  for (const id of phrase.services ?? []) {
    const s = serviceIndexOf(ix, id);
    if (s !== undefined) addMax(plan.services, s, BOOST.servicePhrase);
  }
}

export interface VerbSpan {
  readonly start: number;
  readonly end: number;
  readonly weights: Readonly<Record<string, number>>;
  /** The particle of a phrasal verb split around its object ("bring it back"). */
  readonly particle?: { readonly start: number; readonly end: number };
}

/** The verbs the plan wants, and whether the query only reads; returns the typed verb phrase. */
export function planVerbs(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
  runs: WordRuns,
): VerbSpan | undefined {
  const verbAt = firstVerb(ix, ws, stems, runs);
  const question = isQuestion(ws);
  const readVerb = verbAt !== undefined && onlyReads(verbAt.weights) && !prefixedAgain(ws, verbAt);
  // "has it been validated": a past participle in a question is a state asked about, not a task
  const stateWord = question && verbAt !== undefined && /ed$/.test(ws[verbAt.start]!);
  // a question asks about the state: the action words in it ("who terminated") are not the task
  const implied = question ? runs.impliedVerbs.filter((v) => onlyReads({ [v]: 1 })) : runs.impliedVerbs;
  plan.readOnly = question || (readVerb && implied.every((v) => onlyReads({ [v]: 1 })));
  plan.changes = !question && verbAt !== undefined && !readVerb;
  plan.question = question;
  // a light verb (`make it bigger`) means what the concept after it implies
  const light = verbAt !== undefined && implied.length > 0 && LIGHT_VERBS[ws[verbAt.start]!] !== undefined;
  const verbWeights: Readonly<Record<string, number>> =
    question && (!readVerb || stateWord)
      ? QUESTION_VERBS
      : light
        ? (sizeWeights(ws) ?? {})
        : (verbAt?.weights ?? (implied.length > 0 ? {} : { list: 1, describe: 1, get: 1 }));
  const scale = verbAt || implied.length > 0 ? 1 : BOOST.defaultReadVerb;
  for (const [v, w] of Object.entries(verbWeights)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) addMax(plan.verbs, id, w * scale);
  }
  if (verbAt && deletesAll(ws, verbAt, verbWeights))
    for (const [v, w] of Object.entries(DELETE_ALL.weights)) {
      const id = ix.verbIds.get(v);
      if (id !== undefined) plan.verbs.set(id, w);
    }
  if (!question && saysAgain(ws, verbAt)) applyAgain(ix, plan, ws, verbAt);
  // in a question, the verb a concept implies (translate, detect) is the only action it names
  // next to a typed verb that changes something, the task is that verb's and a concept's verb only
  // helps; a reading verb (find, count, show) is generic, the concept's (detect) says which read
  const impliedWeight = question || light ? 1 : plan.changes ? BOOST.impliedBesideTyped : BOOST.impliedVerb;
  for (const v of implied) addMax(plan.verbs, ix.verbIds.get(v)!, impliedWeight);
  return verbAt;
}

/** A delete verb with "all"/"every" right after it (or after its particle). */
function deletesAll(
  ws: readonly string[],
  verbAt: VerbSpan,
  weights: Readonly<Record<string, number>>,
): boolean {
  if ((weights.delete ?? 0) < 0.8) return false;
  const after = verbAt.particle?.end ?? verbAt.end;
  return ws.slice(after, after + 2).some((w) => (DELETE_ALL.words as readonly string[]).includes(w));
}

const RUNTIMES = Object.entries(RUNTIME_SERVICES);

/**
 * A runtime service counts as named as much as its control plane when the query's verb is one
 * its operations start with ("score with my sagemaker endpoint" invokes it, "create a sagemaker
 * endpoint" does not).
 */
export function addRuntimeServices(ix: SearchIndexData, plan: QueryPlan): void {
  for (const [id, entry] of RUNTIMES) {
    let boost = 0;
    for (const c of entry.control) {
      const s = serviceIndexOf(ix, c);
      if (s !== undefined) boost = Math.max(boost, plan.services.get(s) ?? 0);
    }
    const r = boost > 0 ? serviceIndexOf(ix, id) : undefined;
    if (r === undefined || !usesVerb(ix, plan, r)) continue;
    addMax(plan.services, r, boost);
  }
}

/** Whether some operation of service s starts with a verb the plan wants (weight >= 0.5). */
function usesVerb(ix: SearchIndexData, plan: QueryPlan, s: number): boolean {
  for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
    if ((plan.verbs.get(ix.opVerb[op]!) ?? 0) >= 0.5 || (plan.verbs.get(ix.opVerb2[op]!) ?? 0) >= 0.5)
      return true;
  }
  return false;
}

function serviceIndexOf(ix: SearchIndexData, id: string): number | undefined {
  return servicesWithId(ix, id)[0];
}

export function addTerm(ix: SearchIndexData, plan: QueryPlan, term: string, weight: number): void {
  const id = ix.termIds.get(term);
  if (id !== undefined) addMax(plan.terms, id, weight);
}

export function addMax(map: Map<number, number>, key: number, value: number): void {
  const cur = map.get(key);
  if (cur === undefined || value > cur) map.set(key, value);
}

// The parts of planQuery (query.ts) that read the query's words once typos are corrected: word
// runs that name services or vocabulary phrases, and the verb the user wants. They add to the
// plan in the same order as always: map insertion order feeds the ranking's sums.

import type { Expansion } from './data/aws-vocabulary.js';
import { STOP_WORDS } from './data/stop-words.js';
import { ENGLISH_WORD_SERVICE_NAMES, ENGLISH_WORD_STRENGTH } from './data/service-words.js';
import { DELETE_ALL } from './data/phrasal-verbs.js';
import { deletesAll } from './many.js';
import { NAMING_FREQUENCIES } from './data/frequency-words.js';
import { isLightVerb } from './light-verb.js';
import { asksHowTo } from './how-to.js';
import type { Purpose } from './purpose-clause.js';
import type { SearchIndexData } from './index-build.js';
import { BOOST, SEQUENCE } from './ranking-params.js';
import { vendoredAt } from './service-names.js';
import { namedRuns, runKey, type RunNames } from './named-runs.js';
import { avoidedAt } from './avoided-services.js';
import { MAX_PHRASE_WORDS, PHRASES, VERBS } from './vocabulary.js';
import { addMax, addMeaningServices, addMeaningTerms, leadingVerb, type Mutable } from './plan-terms.js';
import { firstVerb, namesRunRecord, steps } from './verb-finder.js';
import { applyAgain, prefixedAgain, saysAgain, sizeWeights } from './again.js';
import { analyze } from './analyzer.js';
import {
  asksState,
  onlyReads,
  opensWithParticiple,
  opensWithReadingNoun,
  questionStart,
  questionVerbs,
} from './intent.js';
import { clippedStatus } from './status.js';
import { countAsked } from './count-frames.js';
import { verblessReading } from './noun-phrase.js';
import type { QueryPlan } from './query-plan.js';
import { yieldConceptVerbs, type ConceptWords, type VerbConcept } from './concept-verbs.js';
import { kindPhrases } from './kind-words.js';
import { dropImpliedChanges, showsOnly } from './question-concepts.js';

/** What the word-run scan learnt about each word position. */
export interface WordRuns {
  /** Words that are part of a service name. */
  readonly serviceWord: boolean[];
  /** Words a vocabulary phrase translated into other terms (weighted lower as typed). */
  readonly translated: boolean[];
  /** Verbs the vocabulary phrases imply (`translate` for "in french"). */
  readonly impliedVerbs: string[];
  /** The concepts read, where they start, the verb each brings and its services (concept-verbs.ts). */
  readonly verbConcepts: VerbConcept[];
  /** Start position -> the terms a phrase starting there translates to. */
  readonly translations: Map<number, string[]>;
  /** Position -> the terms a one-word phrase there translates to (`ou` -> organizational unit). */
  readonly synonyms: Map<number, string[]>;
  /** The services of the longest vocabulary phrase covering each word, when it names any. */
  readonly phraseServices: (readonly string[] | undefined)[];
  /** Where a later step starts ("..., then resume it"; verb-finder.ts), else the query's length. */
  readonly later: number;
  /** A verb that is not the task's: a later step's ("resume"), or the main clause's before "but first". */
  readonly laterVerb?: { readonly start: number; readonly end: number };
  /** A purpose clause ("so we can SEND email"; purpose-clause.ts): its verb is not the task's. */
  readonly purpose?: Purpose;
  /** The task's verb when a step done first follows the main clause ("..., but first back it up"). */
  readonly taskVerb?: VerbSpan;
  /** The words of a step marker ("next", "but first"): they name nothing. */
  readonly stepMarker?: { readonly start: number; readonly end: number };
}

/** Services named, vocabulary phrases, verbs: scan word runs, longest first. */
export function scanWordRuns(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
): WordRuns {
  const { serviceWord, names } = namedRuns(ix, ws, stems);
  const step = steps(ix, ws, stems, serviceWord);
  const runs: WordRuns = {
    serviceWord,
    translated: new Array<boolean>(ws.length).fill(false),
    impliedVerbs: [],
    verbConcepts: [],
    translations: new Map(),
    synonyms: new Map(),
    phraseServices: new Array<readonly string[] | undefined>(ws.length).fill(undefined),
    later: step?.later ?? ws.length,
    ...(step?.laterVerb ? { laterVerb: step.laterVerb } : {}),
    ...(step?.task ? { taskVerb: step.task } : {}),
    ...(step?.purpose ? { purpose: step.purpose } : {}),
    ...(step ? { stepMarker: step.marker } : {}),
  };
  const kinds = kindPhrases(ix, stems, ws); // "rabbitmq box": a kind word read in its service (kind-words.ts)
  for (let n = Math.min(MAX_PHRASE_WORDS, ws.length); n >= 1; n--) {
    for (let i = 0; i + n <= ws.length; i++) {
      if (n === 1 && STOP_WORDS.has(ws[i]!)) continue;
      const phrase = n === 1 && namesWhich(ws, i) ? undefined : kinds(i, n, phraseAt(stems, i, n));
      // a verb that is also a service alias (`deploy`) is a verb in plain language
      const verbWord = n === 1 && VERBS.has(stems[i]!) && !vendoredAt(ws, i);
      // inside a longer phrase, words name the services the phrase means ("log in" is not Logs,
      // an "sftp server" is not EC2); their own terms still count ("port" inside "port 22")
      const inside = coveredByPhrase(runs, i, n);
      const meant = inside ? runs.phraseServices[i] : phrase?.services;
      const named = verbWord || avoidedAt(ws, i) ? undefined : names.get(runKey(i, n));
      if (named) addNamedServices(ix, plan, named, i, meant, runs, n === 1 && vendoredAt(ws, i));
      if (phrase) addPhrase(ix, plan, phrase, i, n, stems, runs, inside);
    }
  }
  return runs;
}

/**
 * The vocabulary phrase of the run at i..i+n. "every 15 minutes" is the phrase of "every minute":
 * a count between "every" and a unit shorter than a day still says a job repeats. Days are left
 * out: "expire every 90 days", "rotate every 30 days" set a policy's period, not a schedule.
 */
function phraseAt(stems: readonly string[], i: number, n: number) {
  const phrase = PHRASES.get(stems.slice(i, i + n).join(' '));
  if (phrase || n !== 3 || stems[i] !== 'every' || !/^\d+$/.test(stems[i + 1]!)) return phrase;
  return SUB_DAY_UNITS.has(stems[i + 2]!) ? PHRASES.get(`every ${stems[i + 2]!}`) : undefined;
}

const SUB_DAY_UNITS: ReadonlySet<string> = new Set(['minut', 'hour']); // stems of minute(s), hour(s)

/**
 * "the NIGHTLY job": a frequency word after a determiner and before a noun says which thing, not
 * when; it is neither a schedule phrase nor a word the operation is named for.
 */
export function namesWhich(ws: readonly string[], i: number): boolean {
  return (
    NAMING_FREQUENCIES.words.has(ws[i]!) &&
    NAMING_FREQUENCIES.owners.has(ws[i - 1] ?? '') &&
    i + 1 < ws.length
  );
}

/** Whether the word at i belongs to a step that is not the task (a later step, or its verb). */
export function laterAt(runs: WordRuns, i: number): boolean {
  return i >= runs.later || inSpan(runs.laterVerb, i);
}

/** Whether position i is inside the span [start, end) (a verb, a particle, a step marker). */
export const inSpan = (
  span: { readonly start: number; readonly end: number } | undefined,
  i: number,
): boolean => span !== undefined && i >= span.start && i < span.end;

/** Whether a longer phrase that names services covers every word of the run at i..i+n. */
function coveredByPhrase(runs: WordRuns, i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (runs.phraseServices[k] === undefined) return false;
  return true;
}

/** Services whose name (or alias) is the word run at i. */
function addNamedServices(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  names: RunNames,
  i: number,
  phraseServices: readonly string[] | undefined,
  runs: WordRuns,
  vendored: boolean,
): void {
  // a service named only in a later step ("..., then add the record in route53") is not the task's
  const step = laterAt(runs, i) ? SEQUENCE.laterService : 1;
  for (const [key, services] of names) {
    // an everyday word that names a service ("connect", "config") names it fully after its vendor
    const undo = vendored && ENGLISH_WORD_SERVICE_NAMES.has(key) ? 1 / ENGLISH_WORD_STRENGTH : 1;
    for (const [s, named] of services) {
      const strength = Math.min(1, named * undo);
      // the vocabulary knows what a name means today (`waf` -> wafv2): it outranks the literal id
      const curated = phraseServices === undefined || phraseServices.includes(ix.services[s]!.id);
      addMax(plan.services, s, BOOST.serviceNamed * strength * (curated ? 1 : BOOST.overriddenName) * step);
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
    if (n === 1) runs.synonyms.set(i, into);
  }
  // a phrase in a later step describes what comes next: its verb is not the task's, its terms
  // and services weigh less
  const later = laterAt(runs, i);
  const lead = leadingVerb(ix, phrase.terms);
  if (!later && lead !== undefined) runs.impliedVerbs.push(lead);
  if (!later && phrase.services && !inside)
    runs.verbConcepts.push({ at: i, ...(lead !== undefined ? { lead } : {}), services: phrase.services });
  addMeaningTerms(ix, plan, phrase.terms, later ? SEQUENCE.laterStep : 1);
  if (inside) return;
  for (let k = i; k < i + n; k++) runs.phraseServices[k] ??= phrase.services;
  addMeaningServices(ix, plan, phrase.services, later ? SEQUENCE.laterService : 1);
}

export interface VerbSpan {
  readonly start: number;
  readonly end: number;
  readonly weights: Readonly<Record<string, number>>;
  /** The particle of a phrasal verb split around its object ("bring it back"). */
  readonly particle?: { readonly start: number; readonly end: number };
  /** Read from the noun it takes (data/noun-verbs.ts): its own sense, never a light verb's. */
  readonly byNoun?: boolean;
  /** Position of the noun that chose the reading: the head noun, whatever adjectives precede it. */
  readonly noun?: number;
}

/** The verbs the plan wants, and whether the query only reads; returns the typed verb phrase. */
export function planVerbs(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  { ws, stems, fromIds }: ConceptWords & { readonly stems: readonly string[] },
  runs: WordRuns,
  ending: { readonly questionMark: boolean; readonly asksLast: boolean },
): VerbSpan | undefined {
  const { verbAt, partRead } = verblessReading(ix, ws, runs, runs.taskVerb ?? firstVerb(ix, ws, stems, runs));
  const askedAt = questionStart(ws, verbAt === undefined && runs.impliedVerbs.length === 0);
  // a clipped status question opens with its thing, never with a verb ("restart it if ...?")
  const clipped = verbAt?.start !== 0 && !asksHowTo(ws, verbAt) && clippedStatus(ws, ending.questionMark);
  // "give me the number of X": a count asked, whatever verb asks for it (count-frames.ts)
  const counted = countAsked(ws);
  const question = askedAt !== undefined || ending.asksLast || clipped || counted !== undefined;
  const readVerb = verbAt !== undefined && onlyReads(verbAt.weights) && !prefixedAgain(ws, verbAt);
  // "has it been validated": a past participle in a question is a state asked about, not a task
  const stateWord = question && verbAt !== undefined && /ed$/.test(ws[verbAt.start]!);
  // "stopped instances", "failed runs of nightly-etl": no verb, things named by a state: a look
  const stateNamed = verbAt === undefined && opensWithParticiple(ws);
  // a question asks about the state: the action words in it ("who terminated") are not the task
  const shows = showsOnly(ws, verbAt);
  const looking = question || stateNamed || partRead || shows;
  const implied = looking ? runs.impliedVerbs.filter((v) => onlyReads({ [v]: 1 })) : runs.impliedVerbs;
  if (question || shows) dropImpliedChanges(ix, plan, runs.impliedVerbs, stems);
  // "restore status of my glacier object": naming a run's record with no verb asks to read it;
  // "delivery stream status", "details of contact c-1": no verb, no task a concept implies, the
  // state or the thing asked to be seen
  const record = verbAt === undefined && namesRunRecord(ws, stems);
  const nounRead = verbAt === undefined && implied.length === 0 && (opensWithReadingNoun(ws) || partRead);
  const seen = nounRead || (verbAt === undefined && implied.length === 0 && ws.some(asksState));
  const looks = stateNamed || record || seen;
  plan.readOnly = question || looks || (readVerb && implied.every((v) => onlyReads({ [v]: 1 })));
  plan.changes = !question && verbAt !== undefined && !readVerb;
  plan.question = question;
  // a light verb (`make it bigger`) means what the concept after it implies; split around its
  // object (`make the server forget`) the particle gives its sense
  const light =
    verbAt !== undefined &&
    !verbAt.byNoun &&
    !verbAt.particle &&
    implied.length > 0 &&
    isLightVerb(ws, verbAt.start, verbAt.end);
  const verbWeights: Readonly<Record<string, number>> =
    question && (!readVerb || stateWord || counted)
      ? (counted ?? questionVerbs(ws.slice(askedAt ?? 0)))
      : light
        ? (sizeWeights(ws) ?? {})
        : (verbAt?.weights ?? (implied.length > 0 ? {} : { list: 1, describe: 1, get: 1 }));
  const scale = verbAt || implied.length > 0 || nounRead || counted ? 1 : BOOST.defaultReadVerb;
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
  yieldConceptVerbs(ix, plan, { ws, fromIds }, runs.verbConcepts, verbAt);
  return verbAt;
}

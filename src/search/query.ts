// Reads a query into a plan the ranking can score: weighted index terms, the verb the user
// wants, services named or implied, exact operation names (`s3:ListBuckets`, `list-objects-v2`,
// `aws ec2 describe-instances`) and name phrases. Typos are corrected here, before anything else
// looks at the words, so a misspelt service name still counts as naming the service.

import { STOP_WORDS } from './data/stop-words.js';
import { LIGHT_VERBS } from './data/verbs.js';
import type { SearchIndexData } from './index-build.js';
import { BOOST, TERM_WEIGHT } from './ranking-params.js';
import { queryNameKeys } from './service-names.js';
import { stem, words } from './text.js';
import { MAX_PHRASE_WORDS, PHRASES, VERBS } from './vocabulary.js';
import { analyze } from './analyzer.js';
import { findExact, OP_REF } from './exact.js';
import { identifierHints } from './identifiers.js';
import { isQuestion, onlyReads, QUESTION_VERBS } from './intent.js';

export interface QueryPlan {
  /** term id -> query weight */
  readonly terms: Map<number, number>;
  /** verb id -> weight (0..1) */
  readonly verbs: Map<number, number>;
  /** service index -> boost */
  readonly services: Map<number, number>;
  /** operation index -> exact-match strength (0..1) */
  readonly exact: Map<number, number>;
  /** operation index -> name-phrase weight (0..1) */
  readonly phrases: Map<number, number>;
  /** Raw (unstemmed) word ids the query typed, for the surface-form feature. */
  readonly surface: Set<number>;
  /** Term ids of the head noun: the first content word after the verb, and its translations. */
  readonly head: Set<number>;
  /** Typo corrections applied, typed word -> corrected word. */
  readonly corrections: Record<string, string>;
  /** True when the query had nothing to search with (only stop words or punctuation). */
  readonly empty: boolean;
  /** The query only wants to look (a question, or a reading verb): changes rank lower. */
  readonly readOnly: boolean;
  /** The query names a service outright, or pastes an identifier of one. */
  readonly namedService: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const VALUE = /[/=@]|^arn:|^\d{6,}$/i;

export function planQuery(ix: SearchIndexData, query: string): QueryPlan {
  const plan: Mutable<QueryPlan> = {
    terms: new Map(),
    verbs: new Map(),
    services: new Map(),
    exact: new Map(),
    phrases: new Map(),
    surface: new Set(),
    head: new Set(),
    corrections: {},
    empty: false,
    readOnly: false,
    namedService: false,
  };
  const raw = query.trim().split(/\s+/).filter(Boolean);
  const ids = identifierHints(ix, raw);
  const tokens = keptTokens(raw, new Set(ids.map((h) => h.token)));
  plan.exact = findExact(ix, tokens, raw);
  // an identifier's resource type is the head noun only when the words name none: in
  // "invalidate /x on distribution E2..." or "snapshot vol-..." it is where the action happens
  const idHeads: number[] = [];
  for (const h of ids) {
    for (const s of h.services) addMax(plan.services, s, BOOST.serviceFromId);
    for (const t of analyze(h.terms)) {
      addTerm(ix, plan, t, TERM_WEIGHT.expansion);
      const id = ix.termIds.get(t);
      if (id !== undefined) idHeads.push(id);
    }
  }
  plan.namedService = ids.length > 0 || plan.exact.size > 0;

  // Words, with typos corrected.
  const typed = words(tokens.filter((t) => !OP_REF.test(t)).join(' '));
  const ws: string[] = [];
  for (const w of typed) {
    const fixed = correct(ix, w, plan);
    ws.push(fixed);
  }
  const stems = ws.map(stem);
  for (const w of ws) {
    const id = ix.rawWordIds.get(w);
    if (id !== undefined) plan.surface.add(id);
  }

  // Services named, vocabulary phrases, verbs: scan word runs, longest first.
  const serviceWord = new Array<boolean>(ws.length).fill(false);
  const translated = new Array<boolean>(ws.length).fill(false);
  const impliedVerbs: string[] = [];
  const translations = new Map<number, string[]>();
  for (let n = Math.min(MAX_PHRASE_WORDS, ws.length); n >= 1; n--) {
    for (let i = 0; i + n <= ws.length; i++) {
      const run = ws.slice(i, i + n);
      if (n === 1 && STOP_WORDS.has(run[0]!)) continue;
      const phrase = PHRASES.get(stems.slice(i, i + n).join(' '));
      // a verb that is also a service alias (`deploy`) is a verb in plain language
      const verbWord = n === 1 && VERBS.has(stems[i]!);
      for (const key of verbWord ? [] : queryNameKeys(run)) {
        for (const [s, strength] of ix.serviceKeys.get(key) ?? []) {
          // the vocabulary knows what a name means today (`waf` -> wafv2): it outranks the literal id
          const curated = phrase?.services === undefined || phrase.services.includes(ix.services[s]!.id);
          addMax(plan.services, s, BOOST.serviceNamed * strength * (curated ? 1 : BOOST.overriddenName));
          for (let k = i; k < i + n; k++) serviceWord[k] = true;
          if (strength === 1) plan.namedService = true;
        }
      }
      if (phrase) {
        if (phrase.terms) {
          const into = analyze(phrase.terms);
          // a phrase that keeps a typed word (`cost` -> cost usage) does not demote it
          for (let k = i; k < i + n; k++) if (!into.includes(stems[k]!)) translated[k] = true;
          translations.set(i, [...(translations.get(i) ?? []), ...into]);
        }
        const lead = words(phrase.terms ?? '')[0];
        if (lead !== undefined && ix.verbIds.has(lead)) impliedVerbs.push(lead);
        for (const t of analyze(phrase.terms ?? '')) addTerm(ix, plan, t, TERM_WEIGHT.expansion);
        for (const id of phrase.services ?? []) {
          const s = serviceIndexOf(ix, id);
          if (s !== undefined) addMax(plan.services, s, BOOST.servicePhrase);
        }
      }
    }
  }
  const verbAt = firstVerb(ix, ws, stems, serviceWord);
  const question = isQuestion(ws);
  const readVerb = verbAt !== undefined && onlyReads(verbAt.weights);
  // a question asks about the state: the action words in it ("who terminated") are not the task
  const implied = question ? impliedVerbs.filter((v) => onlyReads({ [v]: 1 })) : impliedVerbs;
  plan.readOnly = question || (readVerb && implied.every((v) => onlyReads({ [v]: 1 })));
  // a light verb (`make it bigger`) means what the concept after it implies
  const light = verbAt !== undefined && implied.length > 0 && LIGHT_VERBS[ws[verbAt.start]!] !== undefined;
  const verbWeights: Readonly<Record<string, number>> =
    question && !readVerb
      ? QUESTION_VERBS
      : light
        ? {}
        : (verbAt?.weights ?? (implied.length > 0 ? {} : { list: 1, describe: 1, get: 1 }));
  const scale = verbAt || implied.length > 0 ? 1 : BOOST.defaultReadVerb;
  for (const [v, w] of Object.entries(verbWeights)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) addMax(plan.verbs, id, w * scale);
  }
  // in a question, the verb a concept implies (translate, detect) is the only action it names
  for (const v of implied) addMax(plan.verbs, ix.verbIds.get(v)!, question || light ? 1 : BOOST.impliedVerb);

  // Index terms: every content word except the verb phrase the plan already holds.
  const content: string[] = [];
  const verbNouns: number[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (STOP_WORDS.has(ws[i]!)) continue;
    if (verbAt && i >= verbAt.start && i < verbAt.end) {
      // the verb may also be what is acted on (`forecast`, `deploy` -> deployment)
      const id = ix.termIds.get(stems[i]!);
      if (id !== undefined && ix.nameLike[id] === 1) {
        addMax(plan.terms, id, TERM_WEIGHT.verbWord);
        verbNouns.push(id);
      }
      continue;
    }
    const weight = translated[i]
      ? TERM_WEIGHT.translated
      : plan.corrections[typed[i]!] !== undefined
        ? TERM_WEIGHT.corrected
        : TERM_WEIGHT.typed;
    addTerm(ix, plan, stems[i]!, weight);
    if (serviceWord[i]) continue;
    if (content.length === 0 && (!verbAt || i >= verbAt.end)) {
      for (const t of [stems[i]!, ...(translations.get(i) ?? [])]) {
        const id = ix.termIds.get(t);
        if (id !== undefined) plan.head.add(id);
      }
    }
    content.push(stems[i]!);
  }
  // no typed head noun: a verb that is also a noun (`snapshot vol-...`) names it, else the id
  if (plan.head.size === 0) for (const id of verbNouns.length > 0 ? verbNouns : idHeads) plan.head.add(id);
  addNamePhrases(ix, plan, content, verbAt !== undefined);
  plan.empty =
    plan.terms.size === 0 && plan.exact.size === 0 && plan.services.size === 0 && plan.verbs.size === 0;
  if (ws.every((w) => STOP_WORDS.has(w)) && plan.exact.size === 0) plan.empty = true;
  return plan;
}

/** Whitespace tokens without CLI flags and their values, identifiers, or values users paste. */
function keptTokens(raw: readonly string[], identifiers: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    if (t.startsWith('--')) {
      if (!t.includes('=') && raw[i + 1] !== undefined && !raw[i + 1]!.startsWith('-')) i++;
      continue;
    }
    if (identifiers.has(t) || (VALUE.test(t) && !OP_REF.test(t))) continue;
    out.push(t);
  }
  return out;
}

function serviceIndexOf(ix: SearchIndexData, id: string): number | undefined {
  const hit = ix.serviceKeys.get(id);
  return hit?.find(([s]) => ix.services[s]!.id === id)?.[0];
}

/** A word the index does not know is replaced by its nearest name word, if one is close. */
function correct(ix: SearchIndexData, w: string, plan: QueryPlan): string {
  if (STOP_WORDS.has(w) || /^[0-9]+$/.test(w) || w.length < 4) return w;
  const s = stem(w);
  const id = ix.termIds.get(s);
  if ((id !== undefined && ix.salient[id] === 1) || PHRASES.has(s) || VERBS.has(s) || ix.fuzzy.has(w))
    return w;
  if (ix.verbIds.has(w)) return w;
  const near = ix.fuzzy.nearest(w);
  if (near.length === 0) return w;
  plan.corrections[w] = near[0]!.word;
  for (const alt of near.slice(1)) addTerm(ix, plan, stem(alt.word), TERM_WEIGHT.alternative);
  // a word known to documentation may be right after all
  if (id !== undefined) addTerm(ix, plan, s, TERM_WEIGHT.alternative);
  return near[0]!.word;
}

interface VerbSpan {
  readonly start: number;
  readonly end: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The first verb phrase of the query (a synonym from the table, or an operation verb). */
function firstVerb(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  serviceWord: readonly boolean[],
): VerbSpan | undefined {
  for (let i = 0; i < ws.length; i++) {
    if (serviceWord[i]) continue;
    for (let n = Math.min(3, ws.length - i); n >= 1; n--) {
      const weights = VERBS.get(stems.slice(i, i + n).join(' '));
      if (weights) return { start: i, end: i + n, weights };
    }
    const w = ws[i]!;
    if (!STOP_WORDS.has(w) && ix.verbIds.has(w)) return { start: i, end: i + 1, weights: { [w]: 1 } };
  }
  return undefined;
}

/** Operations whose whole name is the query's content words, with the verb in any of its forms. */
function addNamePhrases(
  ix: SearchIndexData,
  plan: QueryPlan,
  content: readonly string[],
  hasVerb: boolean,
): void {
  if (content.length === 0) return;
  const tail = content.join(' ');
  if (hasVerb) {
    for (const [verbId, w] of plan.verbs) {
      const verb = ix.verbNames[verbId]!;
      for (const op of ix.nameKeys.get(`${stem(verb)} ${tail}`) ?? []) addMax(plan.phrases, op, w);
    }
  }
  for (const op of ix.nameKeys.get(tail) ?? []) addMax(plan.phrases, op, 1);
}

function addTerm(ix: SearchIndexData, plan: QueryPlan, term: string, weight: number): void {
  const id = ix.termIds.get(term);
  if (id !== undefined) addMax(plan.terms, id, weight);
}

function addMax(map: Map<number, number>, key: number, value: number): void {
  const cur = map.get(key);
  if (cur === undefined || value > cur) map.set(key, value);
}

// "which X are <in state Y>" (data/which-state-r14.ts): a question that picks things by their
// state is answered by the read of those things, like a yes/no status question (status.ts) but
// for a set. The things are named before the copula; the words after it only say the state, so
// they are state words: not the head, and held against an operation named for them
// ("which emr clusters are waiting for steps" is emr:ListClusters, not emr:ListSteps).

import { CONTAINER_WORDS } from './data/container-words.js';
import { startsContainer } from './siblings.js';
import { namesAny } from './status-number.js';
import { STATE_WORDS, type StateWord } from './data/status-words.js';
import { STOP_WORDS } from './data/stop-words.js';
import {
  PLURAL_COPULAS,
  STATE_LEADS,
  STATE_TAILS,
  WHICH_COPULAS,
  WHICH_OPENERS,
  WHICH_STATES,
} from './data/which-state-r14.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import type { Mutable } from './plan-terms.js';
import type { WordRuns } from './query-words.js';
import { analyze, nameParts } from './analyzer.js';
import { addTerm } from './plan-terms.js';
import { TERM_WEIGHT } from './ranking-params.js';
import { pluralS, stem } from './text.js';

/** Marks a which-question about things in a state as a status question of those things. */
export function readWhichState(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
  { translations, serviceWord }: Pick<WordRuns, 'translations' | 'serviceWord'>,
): void {
  if (plan.status || plan.changes || !WHICH_OPENERS.has(ws[0]!)) return;
  const copula = ws.findIndex((w, i) => i > 1 && WHICH_COPULAS.has(w));
  const state = copula < 0 ? -1 : stateAt(ws, copula + 1, serviceWord);
  if (state < 0) return;
  const things = thingNouns(ix, ws, stems, copula, translations);
  if (things.length === 0) return;
  plan.status = true;
  // "switched on" is AWS's enabled, and an operation named for it reads exactly that state
  // (GetEnabledStandards): its words are added and not held against the name (round 22)
  const said = stateWordAt(ws, state);
  for (const t of analyze(said?.terms ?? '')) addTerm(ix, plan, t, TERM_WEIGHT.expansion);
  for (let i = state; i < ws.length && !Object.hasOwn(CONTAINER_WORDS, ws[i]!); i++) {
    const id = ix.termIds.get(stems[i]!);
    if (id === undefined || STOP_WORDS.has(ws[i]!) || STATE_TAILS.has(ws[i]!) || serviceWord[i]) continue;
    if (things.includes(id) || (i === state && said?.namesState)) continue;
    plan.stateTerms.add(id);
  }
  plan.head.clear();
  plan.resource.clear();
  for (const id of things) {
    plan.head.add(id);
    plan.resource.add(id);
  }
  if (PLURAL_COPULAS.has(ws[copula]!)) askSet(ix, plan, things);
}

/**
 * "which X ARE": a set is asked for, however the thing is typed ("fhir stores" is spelt
 * Datastores in the names): the thing's name words in the plural are the number wanted, in the
 * singular the other one (siblings.ts reads the ranking's number signal from these).
 */
function askSet(ix: SearchIndexData, plan: QueryPlan, things: readonly number[]): void {
  const want = new Set<number>();
  const other = new Set<number>();
  for (const t of things) {
    const forms: [Set<number>, Set<number>] = [new Set(), new Set()];
    const only = new Set([t]);
    // the named services' operations (read before the cached index pages in name postings)
    for (const s of plan.services.keys()) {
      for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
        if (!namesAny(ix, op, only)) continue;
        for (const w of nameParts(ix.opNames.at(op) ?? '').objectWords) {
          const raw = ix.rawWordIds.get(w);
          if (raw !== undefined && ix.termIds.get(stem(w)) === t) forms[pluralS(w) ? 0 : 1].add(raw);
        }
      }
    }
    // only a thing named in both numbers is told apart by its number ("FHIR" is not)
    if (forms[0].size === 0 || forms[1].size === 0) continue;
    for (const raw of forms[0]) want.add(raw);
    for (const raw of forms[1]) other.add(raw);
  }
  if (want.size === 0 || other.size === 0) return;
  for (const [into, from] of [
    [plan.wantNumber, want],
    [plan.otherNumber, other],
    [plan.numberHead, new Set(things)],
  ] as const) {
    into.clear();
    for (const v of from) into.add(v);
  }
}

/** Where the state starts after the copula (past leads like still, being), or -1 if no state follows. */
function stateAt(ws: readonly string[], from: number, serviceWord: readonly boolean[]): number {
  let k = from;
  while (k < ws.length - 1 && STATE_LEADS.has(ws[k]!)) k++;
  const w = ws[k];
  if (w === undefined) return -1;
  const known = Object.hasOwn(STATE_WORDS, w) || Object.hasOwn(WHICH_STATES, w);
  // a participle or a state in progress ("stopped", "creating"); not a noun like "thing"
  if (!known && !(w.length > 4 && /(?:ed|ing)$/.test(w))) return -1;
  // the state ends the question, or a time or a place follows; a participle with an object
  // ("attached to thing X", "using this target group") ties the things to another thing; a
  // state of two words ("switched on", "turned off") ends at its particle
  const after = k + (Object.hasOwn(STATE_WORDS, `${w} ${ws[k + 1] ?? ''}`) ? 2 : 1);
  const next = ws[after];
  // "in security hub": a service the things live in is a place too
  const inService = Object.hasOwn(CONTAINER_WORDS, next ?? '') && serviceWord[after + 1] === true;
  return next === undefined || STATE_TAILS.has(next) || startsContainer(ws, after) || inService ? k : -1;
}

/** The state word (data/status-words.ts) typed at i, of two words or one. */
function stateWordAt(ws: readonly string[], i: number): StateWord | undefined {
  const two = `${ws[i]!} ${ws[i + 1] ?? ''}`;
  if (Object.hasOwn(STATE_WORDS, two)) return STATE_WORDS[two];
  return Object.hasOwn(STATE_WORDS, ws[i]!) ? STATE_WORDS[ws[i]!] : undefined;
}

/** The things asked for: the last subject word an operation name uses, with what its phrase says. */
function thingNouns(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  copula: number,
  translations: ReadonlyMap<number, readonly string[]>,
): number[] {
  const named = (t: string): number[] => {
    const id = ix.termIds.get(t);
    return id !== undefined && ix.nameLike[id] === 1 ? [id] : [];
  };
  for (let i = copula - 1; i >= 1; i--) {
    if (STOP_WORDS.has(ws[i]!)) continue;
    // a phrase that starts on the word before names the same thing ("fhir stores" -> datastore)
    const ids = [
      ...named(stems[i]!),
      ...[i, i - 1].flatMap((k) => (translations.get(k) ?? []).flatMap(named)),
    ];
    if (ids.length > 0) return ids;
  }
  return [];
}

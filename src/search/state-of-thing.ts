// A word that describes the state of the thing a request acts on (data/state-of-thing-r19-oncall.ts):
// "halt the running experiment", "disable the possibly compromised key", "cancel the update
// that's stuck". The word picks which thing and says why it is acted on; the typed verb says what
// is done. Read as a word it lends its own verb ("running": start) or a service that reports such
// states ("compromised": GuardDuty), so in a request it is set aside before anything reads the
// words. A question keeps it ("which targets are unhealthy" picks things by it), and so does a
// request that only reads ("show the failed builds": the state filters what is shown).

import { NOUN_MARKERS } from './data/determiners.js';
import { PHRASAL_VERBS } from './data/phrasal-verbs.js';
import {
  STATE_COPULAS,
  STATE_HEDGES,
  STATE_OF_THING,
  STATE_RELATIVES,
} from './data/state-of-thing-r19-oncall.js';
import { STOP_WORDS } from './data/stop-words.js';
import { VERB_SYNONYMS } from './data/verbs.js';
import type { SearchIndexData } from './index-build.js';
import { isQuestion, onlyReads } from './intent.js';
import { addTerm } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { stem } from './text.js';

/** What a set-aside word becomes: a stop word no reading step looks at, so positions stay. */
const SET_ASIDE = 'very';

/**
 * A set-aside word's term weight as a form of an operation verb ("running": Run*, "stopped":
 * Stop*): it still names the state, no longer the task. Another word keeps its whole weight.
 */
const VERB_FORM_SHARE = 0.5;

/** Words a request may open with before its verb ("please halt ...", "now disable ..."). */
const OPENERS: ReadonlySet<string> = new Set(['please', 'pls', 'now', 'ok', 'so', 'quickly']);

/**
 * Where the changing verb the query opens with ends (one word, or two: "cut off"), or -1 when it
 * opens with no such verb (a read, a question).
 */
function changeVerbEnd(ws: readonly string[]): number {
  let at = 0;
  while (at < ws.length - 1 && OPENERS.has(ws[at]!)) at++;
  for (const span of [2, 1]) {
    const verb = ws.slice(at, at + span).join(' ');
    const weights = Object.hasOwn(VERB_SYNONYMS, verb)
      ? VERB_SYNONYMS[verb]
      : Object.hasOwn(PHRASAL_VERBS, verb)
        ? PHRASAL_VERBS[verb]!.weights
        : undefined;
    if (weights !== undefined) return onlyReads(weights) ? -1 : at + span;
  }
  return -1;
}

/** Whether the state at `i` follows the verb with no determiner: "disable leaked key AKIA...". */
function rightAfterVerb(ws: readonly string[], i: number, verbEnd: number): boolean {
  const next = ws[i + 1];
  return i === verbEnd && next !== undefined && !STOP_WORDS.has(next);
}

/** Whether the state at `i` stands before its noun: "the (possibly) compromised key". */
function beforeItsNoun(ws: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && STATE_HEDGES.has(ws[j]!)) j--;
  const next = ws[i + 1];
  return NOUN_MARKERS.has(ws[j]!) && next !== undefined && !STOP_WORDS.has(next);
}

/** Whether the state at `i` ends a relative clause after its noun: "the update that's (still) stuck". */
function inRelativeClause(ws: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && STATE_HEDGES.has(ws[j]!)) j--;
  if (ws[j] === 'thats') return true;
  return STATE_COPULAS.has(ws[j]!) && STATE_RELATIVES.has(ws[j - 1] ?? '');
}

/** The words as read, with each state of the thing set aside, and the words set aside by position. */
export interface StateOfThing {
  /** The words as typed (corrected): the state still shows the thing exists (acted-on.ts). */
  readonly typed: string[];
  readonly ws: string[];
  readonly setAside: ReadonlyMap<number, string>;
}

/** Sets aside every state of the thing acted on, when the query is a changing request. */
export function setAsideStateOfThing(typed: string[]): StateOfThing {
  const setAside = new Map<number, string>();
  if (!typed.some((w) => Object.hasOwn(STATE_OF_THING, w))) return { typed, ws: typed, setAside };
  const verbEnd = changeVerbEnd(typed);
  if (isQuestion(typed) || verbEnd < 0) return { typed, ws: typed, setAside };
  const ws = typed.map((w, i) => {
    if (i < verbEnd || !Object.hasOwn(STATE_OF_THING, w)) return w;
    const described = beforeItsNoun(typed, i) || inRelativeClause(typed, i);
    if (!described && !rightAfterVerb(typed, i, verbEnd)) return w;
    setAside.set(i, w);
    return SET_ASIDE;
  });
  return { typed, ws, setAside };
}

/**
 * The set-aside words as terms again: they lend no verb and no service, but an operation whose
 * asked words name the state ("kill a stuck match") still agrees with them.
 */
export function addStateTerms(ix: SearchIndexData, plan: QueryPlan, state: StateOfThing): void {
  for (const w of state.setAside.values()) {
    const t = stem(w);
    addTerm(ix, plan, t, ix.verbIds.has(t) ? VERB_FORM_SHARE : 1);
  }
}

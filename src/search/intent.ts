// Whether a query only wants to look: a question, or a request whose verb only reads.

import { EXISTING_OPENERS } from './data/verb-as-noun-r19-siblings.js';
import { pastTense } from './verb-as-noun.js';
import {
  BASE_FORMS_IN_ED,
  HAVE_QUESTION_NEXT,
  POLITE_REQUESTS,
  QUESTION_OPENERS,
  READ_OPERATION_VERBS,
  READING_NOUNS,
  STATE_ASKING_NOUNS,
} from './data/intent.js';
import { WHEN_QUESTION_NEXT } from './data/conditions-r18-para-top.js';
import { QUESTION_FORM_VERBS } from './data/question-verbs.js';
import { OPENING_STATES } from './data/state-of-thing-r19-oncall.js';
import { STOP_WORDS } from './data/stop-words.js';
import { words } from './text.js';
import { causativeHave } from './causative.js';
import { auxQuestion } from './aux-question.js';

/**
 * True when the query opens like a question ("who ...", "has ...", "how many ..."), not a polite
 * request ("would you delete ...") nor one for a thing done ("have alerts emailed to on-call",
 * "have the lambda run hourly").
 */
export function isQuestion(ws: readonly string[]): boolean {
  if (ws.length === 0) return false;
  if (POLITE_REQUESTS.modals.has(ws[0]!) && POLITE_REQUESTS.addressees.has(ws[1] ?? '')) return false;
  if (ws[0] === 'have' && (!HAVE_QUESTION_NEXT.has(ws[1] ?? '') || causativeHave(ws))) return false;
  if (auxQuestion(ws)) return true;
  // "when the build fails, page on-call" is a condition: its request follows
  if (ws[0] === 'when' && !WHEN_QUESTION_NEXT.has(ws[1] ?? '')) return false;
  return QUESTION_OPENERS[`${ws[0]} ${ws[1] ?? ''}`] !== undefined || QUESTION_OPENERS[ws[0]!] !== undefined;
}

/**
 * "prod 502s since 14:05, did a deployment just go out?": the context comes first, the question
 * it asks is the last clause, which opens like a question and ends the query with a question mark.
 */
export function asksAfterContext(query: string): boolean {
  if (!query.trimEnd().endsWith('?')) return false;
  const clauses = query.split(/[,;:.!]\s+|\s[-–—]\s/);
  return clauses.length > 1 && isQuestion(words(clauses[clauses.length - 1]!));
}

/** How many words a thing pasted or named before its question may take ("arn:... rule x, what ..."). */
const THING_BEFORE_QUESTION = 5;

/** Wh-words that open a question after its thing; `is`/`when` there mostly open a clause of state. */
const ASKED_AFTER_THING: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whose', 'why']);

/**
 * Where a question opens after the thing it is about, in a query with no verb of its own: agents
 * paste the thing first and ask after it ("AWS::Events::Rule nightly, what are its targets").
 */
function questionAfterThing(ws: readonly string[]): number | undefined {
  const end = Math.min(ws.length, THING_BEFORE_QUESTION + 1);
  for (let p = 1; p < end; p++) if (ASKED_AFTER_THING.has(ws[p]!) && isQuestion(ws.slice(p))) return p;
  return undefined;
}

/** Where the question of a query starts: at its first word, or after the thing a verbless query pastes first. */
export function questionStart(ws: readonly string[], verbless: boolean): number | undefined {
  if (isQuestion(ws)) return 0;
  return verbless ? questionAfterThing(ws) : undefined;
}

/** True when every operation verb a query verb maps to only reads. */
export function onlyReads(weights: Readonly<Record<string, number>>): boolean {
  const verbs = Object.keys(weights);
  return verbs.length > 0 && verbs.every((v) => READ_OPERATION_VERBS.has(v));
}

/** Verb weights a question gets in place of the action words it mentions. */
const QUESTION_VERBS: Readonly<Record<string, number>> = {
  describe: 1,
  get: 1,
  list: 0.8,
  lookup: 0.8,
};

/** The reads a question asks for: its opener's own (data/question-verbs.ts), else any read. */
export function questionVerbs(ws: readonly string[]): Readonly<Record<string, number>> {
  const form = QUESTION_FORM_VERBS[`${ws[0]} ${ws[1] ?? ''}`] ?? QUESTION_FORM_VERBS[ws[0] ?? ''];
  if (form === undefined || ws.some((w) => form.unless?.has(w))) return QUESTION_VERBS;
  return form.verbs;
}

/**
 * "stopped instances", "saved queries": a query that opens with a past participle right before a
 * noun names things by their state, it gives no task (nobody commands in the past tense); the
 * verb finder passes over it, and with no other verb the query only looks. Inside a request
 * ("keep deleted snapshots", "stand up managed airflow") it may still be the best guess of a
 * verb or an adjective of the thing made, so only the opening one counts.
 */
export function opensWithParticiple(ws: readonly string[]): boolean {
  const w = ws[0] ?? '';
  const next = ws[1];
  if (next === undefined || STOP_WORDS.has(next)) return false;
  // a state that is no participle does the same ("unhealthy targets", "running tasks")
  if (Object.hasOwn(OPENING_STATES, w)) return true;
  return w.length > 3 && /[^e]ed$/.test(w) && !BASE_FORMS_IN_ED.has(w);
}

/** Whether a word, said with no verb, asks for the state of a thing ("status"). */
export function asksState(w: string | undefined): boolean {
  return w !== undefined && Object.hasOwn(STATE_ASKING_NOUNS, w);
}

/**
 * The query opens with what it wants to see ("details of ...", "info on ..."), or, with no verb,
 * with things that exist ("my old classic load balancers", "earlier runs of ...";
 * data/verb-as-noun-r19-siblings.ts EXISTING_OPENERS).
 */
export function opensWithReadingNoun(ws: readonly string[]): boolean {
  if (ws.length < 2) return false;
  if (READING_NOUNS.has(ws[0]!)) return true;
  // a past tense after the phrase's first words is a clause's verb ("the profile leaked, ...")
  const clause = (w: string, i: number): boolean => EXISTING_OPENERS.unless.has(w) || (i > 1 && pastTense(w));
  return EXISTING_OPENERS.words.has(ws[0]!) && !ws.some(clause);
}

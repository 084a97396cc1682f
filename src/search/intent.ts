// Whether a query only wants to look: a question, or a request whose verb only reads.

import {
  BASE_FORMS_IN_ED,
  QUESTION_OPENERS,
  READ_OPERATION_VERBS,
  STATE_ASKING_NOUNS,
} from './data/intent.js';
import { QUESTION_FORM_VERBS } from './data/question-verbs.js';
import { STOP_WORDS } from './data/stop-words.js';
import { words } from './text.js';

/** True when the query opens like a question ("who ...", "has ...", "how many ..."). */
export function isQuestion(ws: readonly string[]): boolean {
  if (ws.length === 0) return false;
  return QUESTION_OPENERS[`${ws[0]} ${ws[1] ?? ''}`] !== undefined || QUESTION_OPENERS[ws[0]!] !== undefined;
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
  return (
    next !== undefined &&
    w.length > 3 &&
    /[^e]ed$/.test(w) &&
    !BASE_FORMS_IN_ED.has(w) &&
    !STOP_WORDS.has(next)
  );
}

/** Whether a word, said with no verb, asks for the state of a thing ("status"). */
export function asksState(w: string | undefined): boolean {
  return w !== undefined && Object.hasOwn(STATE_ASKING_NOUNS, w);
}

/** Where a message's context ends and its ask starts: a comma, a full stop, a dash. */
const CLAUSE_BREAK = /[,;.!]\s+|\s+-+\s+/;

/**
 * A message that tells its context first and asks last ("logs-prod went red after we changed
 * instance types, is the change still in progress?"): the closing clause opens like a question
 * and the message ends with a question mark, so the whole message only asks.
 */
export function asksAfterContext(query: string): boolean {
  const text = query.trim();
  if (!text.endsWith('?')) return false;
  const clauses = text.split(CLAUSE_BREAK);
  return clauses.length > 1 && isQuestion(words(clauses[clauses.length - 1]!));
}

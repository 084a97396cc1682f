// Whether a query only wants to look: a question, or a request whose verb only reads.

import { QUESTION_OPENERS, READ_OPERATION_VERBS, READING_NOUNS } from './data/intent.js';
import { QUESTION_FORM_VERBS } from './data/question-verbs.js';
import { words } from './text.js';

/** True when the query opens like a question ("who ...", "has ...", "how many ..."). */
export function isQuestion(ws: readonly string[]): boolean {
  if (ws.length === 0) return false;
  return QUESTION_OPENERS[`${ws[0]} ${ws[1] ?? ''}`] !== undefined || QUESTION_OPENERS[ws[0]!] !== undefined;
}

/** Punctuation that ends a clause of context ("prod api 502s since 14:05, is the target group healthy?"). */
const CLAUSE_BREAK = /[,;:.!]\s+|\s+[-\u2013\u2014]\s+/;

/**
 * A question asked after its context: the query ends with `?` and its last clause opens like a
 * question. The words before it set the scene (an incident, a resource, what was tried).
 */
export function asksAtEnd(query: string): boolean {
  const q = query.trim();
  if (!q.endsWith('?')) return false;
  const clauses = q.split(CLAUSE_BREAK);
  return clauses.length > 1 && isQuestion(words(clauses[clauses.length - 1]!));
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

/** The query opens with what it wants to see ("details of ...", "info on ..."). */
export function opensWithReadingNoun(ws: readonly string[]): boolean {
  return ws.length > 1 && READING_NOUNS.has(ws[0]!);
}

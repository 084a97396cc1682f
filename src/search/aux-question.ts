// Whether a query opening with "do" or "can" asks a question (data/aux-question-r17-questions.ts):
// a subject follows the auxiliary, not an object or the reader it asks to act.

import { AUX_QUESTIONS, AUX_REQUEST_WORDS } from './data/aux-question-r17-questions.js';

/** A plural noun: "users", "volumes", not "access" or "this". */
const plural = (w: string): boolean => w.length > 3 && /[^su]s$/.test(w);

/** True when the query opens with an auxiliary followed by the subject of a question. */
export function auxQuestion(ws: readonly string[]): boolean {
  const aux = AUX_QUESTIONS[ws[0] ?? ''];
  const next = ws[1];
  if (aux === undefined || next === undefined || ws.length < 3) return false;
  if (ws.some((w) => AUX_REQUEST_WORDS.has(w))) return false;
  return aux.subjects.has(next) || (aux.pluralSubject && plural(next));
}

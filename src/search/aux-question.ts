// Whether a query opening with "do" or "can" asks a question (data/aux-question-r17-questions.ts):
// a subject follows the auxiliary, not an object or the reader it asks to act.

import { AUX_QUESTIONS, AUX_REQUEST_WORDS } from './data/aux-question-r17-questions.js';
import { ASKED_TO_CHANGE } from './data/ask-to-change-r22-change.js';
import { holdsWordOrPair } from './text.js';

/** A plural noun: "users", "volumes", not "access" or "this". */
const plural = (w: string): boolean => w.length > 3 && /[^su]s$/.test(w);

/** True when the query opens with an auxiliary followed by the subject of a question. */
export function auxQuestion(ws: readonly string[]): boolean {
  const aux = AUX_QUESTIONS[ws[0] ?? ''];
  const next = ws[1];
  if (aux === undefined || next === undefined || ws.length < 3) return false;
  if (ws.some((w) => AUX_REQUEST_WORDS.has(w))) return false;
  // "can the job run at 6am instead": another state than now is asked for, not whether it may be
  if (ws[0] === 'can' && namesOtherState(ws)) return false;
  if (aux.subjects.has(next)) return true;
  // a plural noun within the first words, after its modifiers ("do stopped ec2 instances"); an
  // object's determiner first ("do a failover of the clusters") makes it a command
  if (!aux.pluralSubject || OBJECT_DETERMINERS.has(next)) return false;
  return ws.slice(1, 1 + PLURAL_WITHIN).some(plural);
}

/** How many words after "do" may hold its plural subject. */
const PLURAL_WITHIN = 3;

/** Determiners that open a command's object ("do a failover", "do the restore"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'it']);

/** True when the words ask for a state other than the present one (data above). */
export function namesOtherState(ws: readonly string[]): boolean {
  return holdsWordOrPair(ws, ASKED_TO_CHANGE);
}

/** True when a modal and an addressee ask the reader to act ("..., can we sample 1 percent?"). */
export function asksReader(ws: readonly string[]): boolean {
  return ws.some((w, i) => ASKED_TO_CHANGE.polite.has(`${w} ${ws[i + 1] ?? ''}`));
}

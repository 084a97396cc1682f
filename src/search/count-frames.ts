// "give me the number of dynamodb tables", "number of environments we run": a count asked
// without "how many" (data/count-frames-r14.ts). The query is a question whose answer is the
// set's list, read as "how many" is read (data/question-verbs.ts).

import { COUNT_ASKING_WORDS, COUNT_NOUNS } from './data/count-frames-r14.js';
import { QUESTION_FORM_VERBS } from './data/question-verbs.js';

/** Where the count frame's noun is, when the query opens with one (after asking words only). */
function countFrameAt(ws: readonly string[]): number | undefined {
  for (let i = 0; i + 2 < ws.length; i++) {
    if (Object.hasOwn(COUNT_NOUNS, ws[i]!) && ws[i + 1] === 'of') return i;
    if (!COUNT_ASKING_WORDS.has(ws[i]!)) return undefined;
  }
  return undefined;
}

/**
 * The reads a count frame asks for ("the number of X"): those of "how many", unless its words
 * ask a limit. The frame states its read outright, so it weighs as a typed verb would.
 */
export function countAsked(ws: readonly string[]): Readonly<Record<string, number>> | undefined {
  if (countFrameAt(ws) === undefined) return undefined;
  const form = QUESTION_FORM_VERBS['how many']!;
  return ws.some((w) => form.unless?.has(w)) ? undefined : form.verbs;
}

// "have X do Y" is a request for Y (data/causative-r16-requests.ts): read as the question "have
// the X done Y?", it only looked (Describe/List) where the user wanted the thing done. The
// question names a done thing with a participle; the request a verb in its base form.

import { CAUSATIVE_THING_WORDS, IRREGULAR_PARTICIPLES } from './data/causative-r16-requests.js';
import { stem } from './text.js';
import { VERBS } from './vocabulary.js';

/** "running", not "ring": a verb whose base form itself ends in -ing keeps its ending when stemmed. */
const gerund = (w: string): boolean => w.endsWith('ing') && stem(w) !== w;
const participle = (w: string): boolean => /..(?:ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);

/**
 * Whether a query opening with "have" asks for something done: a verb in its base form follows
 * its thing, and no participle comes first ("have the jobs finished" is a question).
 */
export function causativeHave(ws: readonly string[]): boolean {
  if (ws[0] !== 'have') return false;
  const end = Math.min(ws.length, CAUSATIVE_THING_WORDS + 3);
  for (let i = 2; i < end; i++) {
    if (participle(ws[i]!)) return false;
    if (i >= 3 && VERBS.has(stem(ws[i]!)) && !gerund(ws[i]!)) return true;
  }
  return false;
}

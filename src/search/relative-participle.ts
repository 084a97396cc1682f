// A reduced relative clause: "the managed policies attached to role x" names existing things by
// what they hang on; the participle after them is not the task's verb
// (data/relative-participle-r18-siblings.ts). The verb finder skips it, so a query with no
// other verb reads as a noun phrase (a look), and one with another verb ("show ...") keeps it.

import {
  BARE_PARTICIPLES,
  ID_NOUNS,
  NOUN_TIES,
  RELATIVE_TIES,
} from './data/relative-participle-r18-siblings.js';
import { STOP_WORDS } from './data/stop-words.js';
import { SUBJECT_WORDS } from './data/tense-words.js';
import { stem } from './text.js';
import { VERBS } from './vocabulary.js';

/** Whether ws[i] is a participle that describes the words before it, tied to a thing after it. */
export function relativeParticiple(ws: readonly string[], i: number): boolean {
  const w = ws[i]!;
  if (i === 0 || !RELATIVE_TIES.words.has(ws[i + 1] ?? '')) return false;
  const participle = (w.length >= 5 && /[^e]ed$/.test(w)) || BARE_PARTICIPLES.words.has(w);
  // "scanning turned on", "logged in": a phrasal verb's particle is no tie, it says on or off
  if (!participle || VERBS.has(`${stem(w)} ${stem(ws[i + 1]!)}`)) return false;
  // "we attached it to", "was attached to", "is actually allowed to": a subject, an auxiliary or
  // an adverb before it makes it a verb
  const before = ws[i - 1]!;
  return !STOP_WORDS.has(before) && !SUBJECT_WORDS.has(before) && !/^[0-9]|ly$/.test(before);
}

/** Whether ws[k] ties things to their container after a relative participle ("attached TO role x"). */
export function participleTie(ws: readonly string[], k: number): boolean {
  return k > 1 && RELATIVE_TIES.words.has(ws[k]!) && relativeParticiple(ws, k - 1);
}

/** "build ids", "execution arns": a word before the name of ids is the kind they are of, no order. */
export function namesIds(ws: readonly string[], i: number): boolean {
  return ID_NOUNS.words.has(ws[i + 1] ?? '');
}

/** Whether w is a tie after which a noun made from a verb is a noun ("of execution x"). */
export function nounTie(w: string): boolean {
  return NOUN_TIES.words.has(w);
}

// Where a want opens inside one sentence. Agents write the situation and then what they need in
// one line, joined by a semicolon, a colon, a dash or a comma ("..., so I need ..."): read whole,
// the situation's verbs and states ("stuck in UPDATE_...", "stopped", "turned on") outvote the
// request. Such a line is cut before the want, so request-sentence.ts reads the want as the
// request and the situation as its context (data/want-clause-r19-agent.ts).

import { WANT_JOINERS, WANT_OPENERS } from './data/want-clause-r19-agent.js';
import { INSTEAD_CLAUSE } from './data/instead-clause-r21-sec.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest opener first, so "i need" is taken whole rather than as "i". */
const OPENERS = Object.keys(WANT_OPENERS)
  .sort((a, b) => b.length - a.length)
  .map((o) => o.split(' ').map(escape).join('\\s+'))
  .join('|');

/**
 * A clause break (`;` `:` a comma, or a dash between spaces), an optional joiner, and a want
 * opener after it. The joiner is dropped with the break: it links, it asks for nothing.
 */
const WANT_BREAK = new RegExp(
  `(?:\\s*[;:,]|\\s+[-–—])\\s+(?:(?:${WANT_JOINERS.map(escape).join('|')})\\s+)?(?=(?:${OPENERS})\\b)`,
  'i',
);

/**
 * The clause break before a last clause that ends "... instead" (data/instead-clause-r21-sec.ts):
 * the replacing practice is the want, the one before it the situation.
 */
const INSTEAD_BREAK = new RegExp(
  `(?:\\s*[;,]|\\s+[-–—])\\s+(?=[^;,]*\\b(?:${INSTEAD_CLAUSE.endings.map(escape).join('|')})[.!]?\\s*$)`,
  'i',
);

/** The sentence cut before each want that follows a clause break; the pieces in order. */
export function wantClauses(sentence: string): string[] {
  return sentence
    .split(INSTEAD_BREAK)
    .flatMap((s) => s.split(WANT_BREAK))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// Contractions in a query (data/contractions-r20.ts): split at the apostrophe, the "s" of "what's"
// and the "t" of "can't" became content words, and the head noun when they came first. The
// clitics after a pronoun or question word ("what's", "we're", "I'll") are spelt out before the
// text is split into words; the halves of "n't" stay words (reading steps look for the
// negation) but are never content words.

import { CLITICS, NEGATED_HALVES, WONT } from './data/contractions-r20.js';

/** What each clitic stands for: all stop words, so read as before, never as content. */
const SPELT: Readonly<Record<string, string>> = {
  s: 'is',
  re: 'are',
  ve: 'have',
  ll: 'will',
  d: 'would',
  m: 'am',
};

/** The text with the clitics of its contractions spelt out ("what's" -> "what is"). */
export function withoutClitics(text: string): string {
  return text
    .replace(WONT.pattern, WONT.spelt)
    .replace(CLITICS.pattern, (_, word: string, clitic: string) => `${word} ${SPELT[clitic.toLowerCase()]}`);
}

const HALVES: ReadonlySet<string> = new Set(NEGATED_HALVES.words);

/** A half of "n't" ("t", "doesn"): never a content word of the query, though still a word of it. */
export function isNegatedHalf(w: string): boolean {
  return HALVES.has(w);
}

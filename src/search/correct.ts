// Typo correction of a query word towards the words the index knows (names, vocabulary, verbs).

import type { SearchIndexData } from './index-build.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { QueryPlan } from './query-plan.js';
import { addTerm } from './plan-terms.js';
import { TERM_WEIGHT } from './ranking-params.js';
import { stem } from './text.js';
import { PHRASES, VERBS } from './vocabulary.js';
import { americanSpelling } from './british-spelling.js';

/** A word the index does not know is replaced by its nearest name word, if one is close. */
export function correct(ix: SearchIndexData, w: string, plan: QueryPlan): string {
  if (STOP_WORDS.has(w) || /^[0-9]+$/.test(w) || w.length < 4) return w;
  const s = stem(w);
  // "licences" is read as AWS spells it, though documentation knows the word: a vocabulary entry
  // of its own ("analyse") keeps the British word
  const us = PHRASES.has(s) || VERBS.has(s) ? undefined : americanSpelling(w);
  if (us !== undefined) return us;
  const id = ix.termIds.get(s);
  if ((id !== undefined && ix.salient[id] === 1) || PHRASES.has(s) || VERBS.has(s) || ix.fuzzy.has(w))
    return w;
  if (ix.verbIds.has(w)) return w;
  const near = ix.fuzzy.nearest(w).filter((m) => sameFirstLetter(w, m.word));
  if (near.length === 0) return w;
  plan.corrections[w] = near[0]!.word;
  for (const alt of near.slice(1)) addTerm(ix, plan, stem(alt.word), TERM_WEIGHT.alternative);
  // a word known to documentation may be right after all
  if (id !== undefined) addTerm(ix, plan, s, TERM_WEIGHT.alternative);
  return near[0]!.word;
}

/**
 * People mistype the inside of a word, rarely its first letter: "lsit", "bukcet", "xrya" keep
 * it. A near word that starts otherwise is another everyday word, not the one meant ("till" is
 * not bill, "degrees" not egress, "mountain" not contain, "dave" not save).
 */
function sameFirstLetter(typed: string, near: string): boolean {
  return typed[0] === near[0];
}

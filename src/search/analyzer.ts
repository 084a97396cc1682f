// Turns text into index terms, identically for operation text and for queries: words, minus
// stop words, stemmed. Also recognises the verb an operation name starts with.

import { STOP_WORDS } from './data/stop-words.js';
import { VERB_PREFIXES } from './data/verbs.js';
import { stem, words } from './text.js';

/** Stemmed, stop-word-free terms of a text, in order (duplicates kept: they are term counts). */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOP_WORDS.has(w)) out.push(stem(w));
  return out;
}

export interface NameParts {
  /** Lower-case verbs: the first word, plus the second when the first only qualifies it. */
  readonly verbs: readonly string[];
  /** Stemmed words after the verb(s): what the operation acts on. */
  readonly objectTerms: readonly string[];
  /** The same words, lower-case but not stemmed. */
  readonly objectWords: readonly string[];
  /** Every stemmed word of the name, in order (the name's phrase key). */
  readonly allTerms: readonly string[];
}

/** `BatchWriteItem` -> verbs [batch, write], object [item]. */
export function nameParts(operationName: string): NameParts {
  const ws = words(operationName);
  const verbCount = ws.length > 1 && VERB_PREFIXES.has(ws[0]!) ? 2 : 1;
  return {
    verbs: ws.slice(0, verbCount),
    objectTerms: ws.slice(verbCount).map(stem),
    objectWords: ws.slice(verbCount),
    allTerms: ws.map(stem),
  };
}

// Questions about content in hand (data/content-words.ts): "is this review negative?" is
// answered by the call that analyses the review, although the catalog tiers it `write`.

import { COMPUTING_VERBS, CONTENT_NOUNS, CONTENT_POINTERS } from './data/content-words.js';
import type { SearchIndexData } from './index-build.js';
import { stem } from './text.js';

const CONTENT_STEMS = new Set([...CONTENT_NOUNS].map(stem));

/** Words in quotes: a text pasted into the question ("what is 'good morning' in german"). */
const QUOTED_TEXT = /(^|\s)(['"\u2018\u201c])[^'"\u2019\u201d\s][^'"\u2019\u201d]*['"\u2019\u201d]/;

/**
 * The query points at a piece of content ("this email", "these tweets") or quotes one. One word
 * may qualify the content between pointer and noun ("this complaint email", "this customer review").
 */
export function pointsAtContent(query: string, ws: readonly string[]): boolean {
  if (QUOTED_TEXT.test(query)) return true;
  const isContent = (w: string | undefined) => w !== undefined && CONTENT_STEMS.has(stem(w));
  return ws.some((w, i) => CONTENT_POINTERS.has(w) && (isContent(ws[i + 1]) || isContent(ws[i + 2])));
}

/** Verb ids of the operations that compute an answer from the content they are given. */
export function computingVerbIds(ix: SearchIndexData): Set<number> {
  return new Set([...COMPUTING_VERBS].flatMap((v) => ix.verbIds.get(v) ?? []));
}

// Which verb of the query is its task's: the first verb phrase of the main clause. A verb after
// a side-clause marker ("before deleting ...", "so we can send ...") gives the timing or the
// purpose and is taken only when the query has no other verb.

import { MAX_MARKER_WORDS, SIDE_CLAUSE_MARKERS } from './data/clauses.js';
import { NOUN_MARKERS } from './data/determiners.js';
import { MAX_GAP, NUMBER_WORD, PHRASAL_VERBS } from './data/phrasal-verbs.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import type { VerbSpan, WordRuns } from './query-words.js';
import { pluralS } from './text.js';
import { VERBS } from './vocabulary.js';
import { RE_PREFIX } from './data/verbs-r9.js';

/**
 * The verb phrase of the main clause: the first verb that does not follow a side-clause marker
 * ("before deleting the stack, find ..."), else the first verb of the query.
 */
export function firstVerb(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  runs: WordRuns,
): VerbSpan | undefined {
  let side: VerbSpan | undefined;
  let inSideClause = false;
  for (let i = 0; i < ws.length; i++) {
    if (markerEndingAt(ws, i)) inSideClause = true;
    const span = verbAt(ix, ws, stems, runs.serviceWord, i);
    if (!span) continue;
    if (!inSideClause) return span;
    side ??= span;
    // the side clause's verb word says little about the operation: weighted as a translated word
    for (let k = span.start; k < span.end; k++) runs.translated[k] = true;
    inSideClause = false;
    i = span.end - 1;
  }
  return side;
}

/** Whether a side-clause marker ends just before position i. */
function markerEndingAt(ws: readonly string[], i: number): boolean {
  for (let n = 1; n <= MAX_MARKER_WORDS && n <= i; n++)
    if (SIDE_CLAUSE_MARKERS[ws.slice(i - n, i).join(' ')] !== undefined) return true;
  return false;
}

/** The verb phrase starting at i (a synonym from the table, or an operation verb), if any. */
function verbAt(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  serviceWord: readonly boolean[],
  i: number,
): VerbSpan | undefined {
  // "any update on the ticket": after a determiner the word is a noun; "records of Z...",
  // "the box needs": a task's verb is never an -s form
  if (serviceWord[i] || (i > 0 && NOUN_MARKERS.has(ws[i - 1]!)) || (ws[i]!.length > 3 && pluralS(ws[i]!)))
    return undefined;
  // "re-run": the prefix says again (data/verbs-r9.ts AGAIN_MARKERS), the verb is the next word
  if (ws[i] === RE_PREFIX && i + 1 < ws.length) return undefined;
  for (let n = Math.min(3, ws.length - i); n >= 2; n--) {
    const weights = VERBS.get(stems.slice(i, i + n).join(' '));
    if (weights) return { start: i, end: i + n, weights };
  }
  // "bring the database back": the particle after the object decides the verb
  const split = phrasalVerbAt(ws, i);
  if (split) return split;
  const weights = VERBS.get(stems[i]!);
  if (weights) return { start: i, end: i + 1, weights };
  const w = ws[i]!;
  if (!STOP_WORDS.has(w) && ix.verbIds.has(w)) return { start: i, end: i + 1, weights: { [w]: 1 } };
  return undefined;
}

const SPLIT_VERBS = Object.entries(PHRASAL_VERBS).map(([key, v]) => {
  const [head, ...particle] = key.split(' ');
  return { head: head!, particle, weights: v.weights, unless: new Set(v.unlessBetween ?? []) };
});
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['and', 'then']);

/** A phrasal verb whose head is at i and whose particle follows its object (a gap of 1+ words). */
function phrasalVerbAt(ws: readonly string[], i: number): VerbSpan | undefined {
  for (const v of SPLIT_VERBS) {
    if (v.head !== ws[i]) continue;
    for (let p = i + 2; p <= i + 1 + MAX_GAP && p + v.particle.length <= ws.length; p++) {
      if (CLAUSE_BREAKS.has(ws[p - 1]!) || undoes(v.unless, ws[p - 1]!)) break;
      if (v.particle.every((w, k) => ws[p + k] === w))
        return {
          start: i,
          end: i + 1,
          weights: v.weights,
          particle: { start: p, end: p + v.particle.length },
        };
    }
  }
  return undefined;
}

/** Whether a word between a phrasal verb's head and particle undoes that reading. */
function undoes(unless: ReadonlySet<string>, w: string): boolean {
  return unless.has(w) || (unless.has(NUMBER_WORD) && /^[0-9]+$/.test(w));
}

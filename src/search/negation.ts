// A clause that rules an action out ("without deleting it", "but keep the user") is not part of
// the task: its tokens are dropped before the query is read (data/negation-r14.ts), so the
// negated verb is never taken for the verb asked, nor its noun for the thing acted on.

import {
  BACK_REFERENCES,
  CLAUSE_ENDS,
  NEGATION_JOINS,
  NEGATION_MARKERS,
  type NegationMarker,
} from './data/negation-r14.js';
import { unwrapToken, withoutS } from './text.js';

/** A raw token as a word to compare: lower case, without the quotes and punctuation around it. */
const bare = (t: string): string => unwrapToken(t).toLowerCase();
const endsClause = (t: string): boolean => /[.,;:!?]$/.test(t);

/** The raw tokens without the clauses that say what not to do. */
export function withoutNegated(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const marker = out.length > 0 ? NEGATION_MARKERS.find((m) => opensAt(raw, i, m)) : undefined;
    if (marker === undefined) {
      out.push(raw[i]!);
      continue;
    }
    // the join before the marker belongs to the dropped clause
    if (marker.afterJoin && NEGATION_JOINS.has(bare(out[out.length - 1]!))) out.pop();
    const j = clauseEnd(raw, i + marker.words.length);
    if (marker.ingNext === true && !actsOnSameThing(raw.slice(i + marker.words.length + 1, j), out)) {
      out.push(raw[i]!);
      continue;
    }
    if (out.length > 0) out[out.length - 1] = out[out.length - 1]!.replace(/,$/, '');
    i = j - 1;
  }
  return out;
}

function opensAt(raw: readonly string[], i: number, m: NegationMarker): boolean {
  if (!m.words.every((w, k) => bare(raw[i + k] ?? '') === w)) return false;
  const next = bare(raw[i + m.words.length] ?? '');
  if (next === '') return false;
  if (m.ingNext === true && !/..ing$/.test(next)) return false;
  if (m.afterJoin !== true) return true;
  const before = raw[i - 1] ?? '';
  return NEGATION_JOINS.has(bare(before)) || /,$/.test(before);
}

/** Where the clause that starts at i ends: at a clause word, or after a token ending in punctuation. */
function clauseEnd(raw: readonly string[], i: number): number {
  let j = i;
  while (j < raw.length && !CLAUSE_ENDS.has(bare(raw[j]!)) && !endsClause(raw[j - 1]!)) j++;
  return j;
}

/** The negated verb's object is the task's thing: a back-reference, or a noun typed before it. */
function actsOnSameThing(object: readonly string[], before: readonly string[]): boolean {
  const earlier = new Set(before.map((t) => withoutS(bare(t))));
  return object.some(
    (t) => BACK_REFERENCES.has(bare(t)) || (bare(t).length > 3 && earlier.has(withoutS(bare(t)))),
  );
}

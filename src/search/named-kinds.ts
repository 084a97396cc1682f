// Kinds of resource the query names as already there: a name the user gave (kept-tokens.ts
// isResourceName: `ops-alerts`, `ci-bot`) with its kind typed beside it ("topic ops-alerts",
// "the ci-bot user"). Read as existing kinds (existing.ts), so a Create of that kind yields
// to the task on the thing, unless the words before say it is new (data/named-kinds-r14.ts).

import { KIND_WORDS_BEFORE_NAME, NEW_THING_MARKERS } from './data/named-kinds-r14.js';
import { NAME_BEFORE_KIND } from './data/names-r12.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { isResourceName } from './kept-tokens.js';
import { withoutTrailingPunctuation } from './text.js';
import { isVerb } from './vocabulary.js';

/** The kinds (their words) of the resources the query names as ones already there. */
export function namedKinds(ix: SearchIndexData, raw: readonly string[]): string[] {
  const ws = raw.map((t) => withoutTrailingPunctuation(t).toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (!isResourceName(ix, raw, i)) continue;
    // "the ci-bot user": the kind follows the name; "topic ops-alerts": the kind precedes it
    const after = NAME_BEFORE_KIND.kinds.has(ws[i + 1] ?? '');
    const kind = after ? [ws[i + 1]!] : kindBefore(ix, ws, i);
    const start = after ? i : i - kind.length;
    if (kind.length > 0 && !saysNew(ws, start)) out.push(kind.join(' '));
  }
  return out;
}

/** The content words right before the name at i, at most KIND_WORDS_BEFORE_NAME of them. */
function kindBefore(ix: SearchIndexData, ws: readonly string[], i: number): string[] {
  const kind: string[] = [];
  for (let k = i - 1; k >= 0 && kind.length < KIND_WORDS_BEFORE_NAME; k--) {
    const w = ws[k]!;
    if (!/^[a-z]+$/.test(w) || STOP_WORDS.has(w) || isVerb(ix, w) || NEW_THING_MARKERS.words.has(w)) break;
    kind.unshift(w);
  }
  return kind;
}

/** Whether a word just before the kind phrase (starting at start) says the thing is new. */
function saysNew(ws: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - NEW_THING_MARKERS.reach); k--)
    if (NEW_THING_MARKERS.words.has(ws[k]!)) return true;
  return false;
}

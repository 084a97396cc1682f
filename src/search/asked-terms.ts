// The asked words of each operation (data/asked.ts) as term ids, for the ranking's asked
// coverage: how much of what the query says is what people say for this operation. Built from
// module data and the index's term table when a ranker is made, so the index format is unchanged.

import { ASKED } from './data/asked.js';
import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { stem, words } from './text.js';

/** Terms of op i are terms[start[i] .. start[i+1]). */
export interface AskedTerms {
  readonly start: Uint32Array;
  readonly terms: Uint32Array;
}

export function askedTermsOf(ix: SearchIndexData): AskedTerms {
  const byOp = new Map<number, number[]>();
  const bySvc = new Map<string, Map<string, string>>();
  for (const e of ASKED) {
    const [svc = '', name = ''] = e.op.split(':');
    let m = bySvc.get(svc);
    if (!m) bySvc.set(svc, (m = new Map()));
    m.set(name, e.asked);
  }
  ix.services.forEach((service, s) => {
    const wanted = bySvc.get(service.id);
    if (!wanted) return;
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      const asked = wanted.get(ix.opNames.at(op) ?? '');
      if (asked !== undefined) byOp.set(op, termsOf(ix, asked));
    }
  });
  const start = new Uint32Array(ix.opCount + 1);
  const terms: number[] = [];
  for (let op = 0; op < ix.opCount; op++) {
    start[op] = terms.length;
    for (const t of byOp.get(op) ?? []) terms.push(t);
  }
  start[ix.opCount] = terms.length;
  return { start, terms: Uint32Array.from(terms) };
}

function termsOf(ix: SearchIndexData, text: string): number[] {
  const ids = new Set<number>();
  for (const w of words(text)) {
    if (STOP_WORDS.has(w)) continue;
    const id = ix.termIds.get(stem(w));
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

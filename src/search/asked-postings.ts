// Which operations' asked words (data/asked/) hold a term: the inverse of the index's
// askedStart/askedTerms, made once per index when the ranking first needs it. Only a few of a
// query's candidates have asked words that meet the query, and finding those few through this
// list spares the ranking a loop over the asked words of every candidate (about a tenth of a
// query's time went to that loop).

import type { SearchIndexData } from './index-build.js';

export interface AskedPostings {
  /** The operations whose asked words hold term t: ops[start[t] .. start[t+1]). */
  readonly start: Uint32Array;
  readonly ops: Uint32Array;
}

const made = new WeakMap<SearchIndexData, AskedPostings>();

export function askedPostings(ix: SearchIndexData): AskedPostings {
  let p = made.get(ix);
  if (!p) {
    p = invert(ix);
    made.set(ix, p);
  }
  return p;
}

function invert(ix: SearchIndexData): AskedPostings {
  const { askedStart, askedTerms, opCount } = ix;
  const start = new Uint32Array(ix.idf.length + 1);
  for (let p = 0; p < askedStart[opCount]!; p++) start[askedTerms[p]! + 1] = start[askedTerms[p]! + 1]! + 1;
  for (let t = 0; t < ix.idf.length; t++) start[t + 1] = start[t + 1]! + start[t]!;
  const fill = start.slice(0, ix.idf.length);
  const ops = new Uint32Array(askedStart[opCount]!);
  // operations in catalog order, so each term's list is sorted
  for (let op = 0; op < opCount; op++)
    for (let p = askedStart[op]!; p < askedStart[op + 1]!; p++) {
      const t = askedTerms[p]!;
      ops[fill[t]!] = op;
      fill[t] = fill[t]! + 1;
    }
  return { start, ops };
}

// The query's verb word as a term: a verb may also be what is acted on (`forecast`, `deploy` ->
// deployment), and a specific verb (flush, rotate) is one asked entries may use.

import { analyze } from './analyzer.js';
import { VERB_NOUNS } from './data/verb-nouns.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query.js';
import { addMax, type Mutable } from './query-words.js';
import { BOOST, TERM_WEIGHT } from './ranking-params.js';

/** Adds the terms of the verb word w (stem s); pushes the ones that are nouns onto verbNouns. */
export function addVerbWordTerms(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  w: string,
  s: string,
  verbNouns: number[],
): void {
  const id = ix.termIds.get(s);
  // only a specific verb: common ones (open, run, change) are in many asked entries
  if (id !== undefined && ix.idf[id]! >= BOOST.askedVerbMinIdf) plan.verbTerms.add(id);
  if (id !== undefined && ix.nameLike[id] === 1) {
    addMax(plan.terms, id, TERM_WEIGHT.verbWord);
    verbNouns.push(id);
  }
  // what the verb makes, as AWS names it (`redeploy` -> deployment)
  for (const t of analyze(VERB_NOUNS[w]?.terms ?? '')) {
    const nid = ix.termIds.get(t);
    if (nid === undefined) continue;
    addMax(plan.terms, nid, TERM_WEIGHT.verbWord);
    verbNouns.push(nid);
  }
}

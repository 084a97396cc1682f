// The query's verb word as a term: a verb may also be what is acted on (`forecast`, `deploy` ->
// deployment), and a specific verb (flush, rotate) is one asked entries may use.

import { analyze } from './analyzer.js';
import { VERB_NOUNS } from './data/verb-nouns.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import { addMax, type Mutable } from './plan-terms.js';
import type { VerbSpan } from './query-words.js';
import { BOOST, TERM_WEIGHT } from './ranking-params.js';

/** The verb word at i, inside the verb phrase verbAt. */
interface VerbWord {
  readonly ws: readonly string[];
  readonly stems: readonly string[];
  readonly i: number;
  readonly verbAt: VerbSpan;
}

/** Adds the terms of the verb word; pushes the ones that are nouns onto verbNouns. */
export function addVerbWordTerms(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  { ws, stems, i, verbAt }: VerbWord,
  verbNouns: number[],
): void {
  const id = ix.termIds.get(stems[i]!);
  // only a specific verb: common ones (open, run, change) are in many asked entries
  if (id !== undefined && ix.idf[id]! >= BOOST.askedVerbMinIdf) plan.verbTerms.add(id);
  if (id !== undefined && ix.nameLike[id] === 1) {
    addMax(plan.terms, id, TERM_WEIGHT.verbWord);
    verbNouns.push(id);
  }
  // what the verb makes, as AWS names it (`redeploy` -> deployment)
  const phrase = i === verbAt.start ? VERB_NOUNS[ws.slice(i, verbAt.end).join(' ')] : undefined;
  for (const t of analyze((phrase ?? VERB_NOUNS[ws[i]!])?.terms ?? '')) {
    const nid = ix.termIds.get(t);
    if (nid === undefined) continue;
    addMax(plan.terms, nid, TERM_WEIGHT.verbWord);
    verbNouns.push(nid);
  }
}

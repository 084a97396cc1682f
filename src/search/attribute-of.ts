// A question asking the value one thing has ("what engine version is my redis cluster running",
// "which instance type is the bastion host") is answered by the thing's own read. The words
// "engine version" also name the list of versions AWS offers (DescribeCacheEngineVersions),
// which coverage alone ranks first; here that list loses (data/attribute-of-r19-questions.ts).
// Scored as plan.runReads.

import { ATTRIBUTE_OF } from './data/attribute-of-r19-questions.js';
import { ATTRIBUTE_OF_R22 } from './data/attribute-of-r22-qs.js';
import type { SearchIndexData } from './index-build.js';
import { addTerm, servicesInScope } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { ATTRIBUTE_OF_RANK, TERM_WEIGHT } from './ranking-params.js';
import { stem } from './text.js';

/** Marks the operations named for the asked attribute in the plural, last, to lose. */
export function readAttributeOf(ix: SearchIndexData, plan: QueryPlan, ws: readonly string[]): void {
  const typed = askedAttribute(ws);
  if (typed === undefined) return;
  // "release" is AWS's version (data/attribute-of-r22-qs.ts)
  const attribute = ATTRIBUTE_OF_R22.saidAs[typed] ?? typed;
  if (attribute !== typed) addTerm(ix, plan, stem(attribute), TERM_WEIGHT.expansion);
  const plural = ix.rawWordIds.get(pluralOf(attribute));
  if (plural === undefined) return;
  const offered = new Set(ATTRIBUTE_OF_R22.offered.flatMap((w) => ix.rawWordIds.get(w) ?? []));
  const services = servicesInScope(ix, plan);
  for (const s of services) {
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      const start = ix.rawNameStart[op]!;
      const end = ix.rawNameStart[op + 1]!;
      const named = end > start && ix.rawNameWords[end - 1] === plural;
      if (named || ix.rawNameWords.subarray(start, end).some((w) => offered.has(w)))
        plan.runReads.set(op, (plan.runReads.get(op) ?? 0) + ATTRIBUTE_OF_RANK.offered);
    }
  }
}

/** The attribute word of "what [words] <attribute> is|does my|the <thing>", or none. */
function askedAttribute(ws: readonly string[]): string | undefined {
  if (!ATTRIBUTE_OF.openers.has(ws[0] ?? '')) return undefined;
  for (let i = 1; i <= ATTRIBUTE_OF.attributeAt && i + 2 < ws.length; i++) {
    const w = ws[i]!;
    // typed in the singular: one value ("what engine versions does elasticache offer" asks the list)
    if (!ATTRIBUTE_OF.attributes.has(w) && ATTRIBUTE_OF_R22.saidAs[w] === undefined) continue;
    const at = copulaAfter(ws, i + 1);
    if (ATTRIBUTE_OF.copulas.has(ws[at] ?? '') && ATTRIBUTE_OF.owners.has(ws[at + 1] ?? '')) return w;
  }
  return undefined;
}

/** Where the copula is after the attribute: next, or after "of <thing>" ("version of postgres is"). */
function copulaAfter(ws: readonly string[], i: number): number {
  if (!ATTRIBUTE_OF_R22.of.has(ws[i] ?? '')) return i;
  const last = Math.min(ws.length - 2, i + ATTRIBUTE_OF_R22.ofWords + 1);
  for (let k = i + 2; k <= last; k++) if (ATTRIBUTE_OF.copulas.has(ws[k]!)) return k;
  return i;
}

/** The plural an operation name spells the attribute with (Versions, Classes). */
function pluralOf(w: string): string {
  return /(s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
}

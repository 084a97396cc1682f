// A question asking the value one thing has ("what engine version is my redis cluster running",
// "which instance type is the bastion host") is answered by the thing's own read. The words
// "engine version" also name the list of versions AWS offers (DescribeCacheEngineVersions),
// which coverage alone ranks first; here that list loses (data/attribute-of-r19-questions.ts).
// Scored as plan.runReads.

import { ATTRIBUTE_OF } from './data/attribute-of-r19-questions.js';
import type { SearchIndexData } from './index-build.js';
import { servicesInScope } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { ATTRIBUTE_OF_RANK } from './ranking-params.js';

/** Marks the operations named for the asked attribute in the plural, last, to lose. */
export function readAttributeOf(ix: SearchIndexData, plan: QueryPlan, ws: readonly string[]): void {
  const attribute = askedAttribute(ws);
  if (attribute === undefined) return;
  const plural = ix.rawWordIds.get(pluralOf(attribute));
  if (plural === undefined) return;
  const services = servicesInScope(ix, plan);
  for (const s of services) {
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
      const end = ix.rawNameStart[op + 1]!;
      if (end > ix.rawNameStart[op]! && ix.rawNameWords[end - 1] === plural)
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
    if (!ATTRIBUTE_OF.attributes.has(w)) continue;
    if (ATTRIBUTE_OF.copulas.has(ws[i + 1]!) && ATTRIBUTE_OF.owners.has(ws[i + 2]!)) return w;
  }
  return undefined;
}

/** The plural an operation name spells the attribute with (Versions, Classes). */
function pluralOf(w: string): string {
  return /(s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
}

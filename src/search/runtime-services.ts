// The runtime side of a service (sagemaker-runtime, bedrock-agent-runtime, rds-data) counts as
// named when its control plane is named and the query's verb is one of the runtime's own, so
// "score with my sagemaker endpoint" reaches InvokeEndpoint (data/runtime-services.ts).

import { RUNTIME_SERVICES } from './data/runtime-services.js';
import { servicesWithId } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';
import { addMax } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

const RUNTIMES = Object.entries(RUNTIME_SERVICES);

/**
 * A runtime service counts as named as much as its control plane when the query's verb is one
 * its operations start with ("score with my sagemaker endpoint" invokes it, "create a sagemaker
 * endpoint" does not).
 */
export function addRuntimeServices(ix: SearchIndexData, plan: QueryPlan): void {
  for (const [id, entry] of RUNTIMES) {
    let boost = 0;
    for (const c of entry.control) {
      const s = serviceIndexOf(ix, c);
      if (s !== undefined) boost = Math.max(boost, plan.services.get(s) ?? 0);
    }
    const r = boost > 0 ? serviceIndexOf(ix, id) : undefined;
    if (r === undefined || !usesVerb(ix, plan, r)) continue;
    addMax(plan.services, r, boost);
  }
}

/** Whether some operation of service s starts with a verb the plan wants (weight >= 0.5). */
function usesVerb(ix: SearchIndexData, plan: QueryPlan, s: number): boolean {
  for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
    if ((plan.verbs.get(ix.opVerb[op]!) ?? 0) >= 0.5 || (plan.verbs.get(ix.opVerb2[op]!) ?? 0) >= 0.5)
      return true;
  }
  return false;
}

function serviceIndexOf(ix: SearchIndexData, id: string): number | undefined {
  return servicesWithId(ix, id)[0];
}

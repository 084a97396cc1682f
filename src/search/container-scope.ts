// A container the query named ("the subscriptions of topic X", "the builds for project Y") and
// a sibling operation tied to it (ListSubscriptionsByTopic, ListBuildsForProject): then the
// operation named for the thing alone (ListSubscriptions, ListBuilds) reads every one in the
// account, a wider set than asked. Read once per query, like the number twins (siblings.ts):
// the few operations whose names hold the thing, grouped by service.

import { GROUPING_TIES } from './data/relative-participle-r18-siblings.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import type { relationTerms } from './siblings.js';

type Relation = ReturnType<typeof relationTerms>;

/**
 * Whether op's name holds a thing typed before the container, then a tie word, then only words
 * of the container typed (or a word standing for any container): ListUsersInGroup for "users in
 * group admins", ListAccountsForParent for "accounts in OU x".
 */
export function tiedToContainer(ix: SearchIndexData, plan: QueryPlan, rel: Relation, op: number): boolean {
  let thing = false;
  // 0: no tie word yet, 1: after one, every word since typed (`thing group`), -1: another
  let tie = 0;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    if (tie === 0 && plan.inside.has(t)) thing = true;
    if (rel.tie.has(t)) tie = tie === 0 ? 1 : tie;
    else if (tie === 1 && !plan.container.has(t) && !plan.inside.has(t) && !rel.any.has(t)) tie = -1;
  }
  return thing && tie === 1;
}

/**
 * Whether op's name ties something to the thing typed before the container, not to the container:
 * ListEntitiesForPolicy for "policies attached to role x" reads the other way round (round 18).
 */
export function tiedToThing(ix: SearchIndexData, plan: QueryPlan, rel: Relation, op: number): boolean {
  let tied = false;
  let thing = false;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    // "ComplianceByConfigRule": a grouping tie sorts by the thing, it does not point away from it
    if (rel.tie.has(t) && [...GROUPING_TIES.words].some((w) => ix.termIds.get(w) === t)) return false;
    if (rel.tie.has(t)) tied = true;
    else if (tied && plan.container.has(t)) return false;
    else if (tied && plan.inside.has(t)) thing = true;
  }
  return thing;
}

/**
 * Whether op's name ties a thing typed before the container to something (a tie word after it):
 * ListTrainingJobsForHyperParameterTuningJob for "training jobs for tuning job x", not
 * ListChannelMembershipsForAppInstanceUser for "users in channel x" (the thing is after the tie).
 */
export function thingBeforeTie(ix: SearchIndexData, plan: QueryPlan, rel: Relation, op: number): boolean {
  let thing = false;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    if (rel.tie.has(t)) return thing;
    if (plan.inside.has(t)) thing = true;
  }
  return false;
}

/**
 * Operations named for a thing typed before a named container, with neither a tie word nor a
 * container word, in a service with an operation tied to that container (CONTAINER_SCOPE).
 */
export function outsideContainer(ix: SearchIndexData, plan: QueryPlan, rel: Relation): Set<number> {
  const out = new Set<number>();
  if (plan.container.size === 0) return out;
  for (const t of plan.inside) {
    const named = ix.namePostOp.subarray(ix.namePostStart[t]!, ix.namePostStart[t + 1]!);
    const scoped = new Set<number>();
    for (const op of named) if (scopes(ix, plan, rel, op)) scoped.add(ix.opService[op]!);
    if (scoped.size === 0) continue;
    for (const op of named) if (scoped.has(ix.opService[op]!) && !namesPlace(ix, plan, rel, op)) out.add(op);
  }
  return out;
}

/** Whether op's name holds a tie word or a word of the container typed. */
function namesPlace(ix: SearchIndexData, plan: QueryPlan, rel: Relation, op: number): boolean {
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    if (rel.tie.has(t) || plan.container.has(t)) return true;
  }
  return false;
}

/**
 * A read tied to the container typed, whose name says the container (ListSubscriptionsByTopic),
 * not only more of the things (GetColumnStatisticsForTable for "columns of the orders table"),
 * and reads (data/relation-words.ts TIED_READ_VERBS: SearchFacesByImage is a search).
 */
function scopes(ix: SearchIndexData, plan: QueryPlan, rel: Relation, op: number): boolean {
  if (!rel.reads.has(ix.opVerb[op]!) || !tiedToContainer(ix, plan, rel, op)) return false;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]!;
    if (plan.container.has(t) || rel.any.has(t)) return true;
  }
  return false;
}

/**
 * Whether op's name says only the container typed (DeleteTable for "remove item x from the orders
 * table"), or the container last with only the thing typed before it (DeleteGeofenceCollection
 * for "remove geofence g1 from the depots collection", DeleteUserPool for "remove user bob from
 * the user pool"): a container named by what it holds is still the container (round 21).
 */
export function namesContainer(ix: SearchIndexData, plan: QueryPlan, op: number): boolean {
  const from = ix.nameStart[op]!;
  const to = ix.nameStart[op + 1]!;
  for (let p = from; p < to; p++) {
    const t = ix.nameTerms[p]!;
    if (!plan.container.has(t) && !(p < to - 1 && plan.inside.has(t))) return false;
  }
  return true;
}

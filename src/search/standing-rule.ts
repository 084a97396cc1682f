// "keep every version of the objects in bucket X", "encrypt every new object by default",
// "shove files older than 90 days into glacier": a request for a standing rule over the things
// a container holds or will hold (data/standing-rule-r17-para.ts). The rule is the container's
// setting: its put, enable or update ranks above a read of the things, which a verbless query
// would otherwise get. The marker words say when the rule applies, not what it is: they weigh
// less and are never the head.

import { STANDING_RULE } from './data/standing-rule-r17-para.js';
import type { SearchIndexData } from './index-build.js';
import { addMax, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { BOOST } from './ranking-params.js';
import { stem } from './text.js';

const MARKERS = STANDING_RULE.markers.map((m) => m.split(' '));

/** The positions of the marker words in the query, empty when it names no standing rule. */
export function ruleMarkers(ws: readonly string[], verbTyped: boolean): number[] {
  const at: number[] = [];
  for (let i = 0; i < ws.length; i++)
    for (const m of MARKERS) if (m.every((w, k) => ws[i + k] === w)) at.push(...m.map((_, k) => i + k));
  // an age names the things a rule is for only when no verb acts on them now ("delete X older than")
  if (!verbTyped) for (let i = 0; i < ws.length; i++) if (agedFrom(ws, i)) at.push(i, i + 1);
  return [...new Set(at)];
}

/** "older than 90 days": things named by their age. */
function agedFrom(ws: readonly string[], i: number): boolean {
  return (
    (ws[i] === 'older' || ws[i] === 'newer') &&
    ws[i + 1] === 'than' &&
    /^\d+$/.test(ws[i + 2] ?? '') &&
    STANDING_RULE.ageUnits.has(ws[i + 3] ?? '')
  );
}

export function readStandingRule(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  verbTyped: boolean,
): void {
  // a typed verb says what the rule does ("encrypt every new object"): its own reading stands
  if (plan.question || verbTyped) return;
  // the reads (list, describe, get) a verbless query gets by default; a verb a concept implies
  // ("learn the shape ... automatically": discover) says more than the rule does
  const reads = defaultReads(ix, plan);
  if (reads.length !== plan.verbs.size) return;
  const at = ruleMarkers(ws, verbTyped);
  if (at.length === 0) return;
  // a rule is set, not read
  for (const id of reads) plan.verbs.delete(id);
  for (const [v, w] of Object.entries(STANDING_RULE.verbs)) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) addMax(plan.verbs, id, w);
  }
  plan.readOnly = false;
  for (const i of at) {
    const id = ix.termIds.get(stem(ws[i]!));
    if (id === undefined) continue;
    plan.head.delete(id);
    const weight = plan.terms.get(id);
    if (weight !== undefined) plan.terms.set(id, weight * STANDING_RULE.markerShare);
  }
}

/** The verb ids a verbless query was given by default (query-words.ts), at their default weight. */
function defaultReads(ix: SearchIndexData, plan: QueryPlan): number[] {
  return ['list', 'describe', 'get'].flatMap((v) => {
    const id = ix.verbIds.get(v);
    const w = id === undefined ? undefined : plan.verbs.get(id);
    return w !== undefined && w <= BOOST.defaultReadVerb ? [id!] : [];
  });
}

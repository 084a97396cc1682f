// "where does X send its Y" (data/where-setting-r14.ts): a question about where a thing routes
// something asks for a setting of the thing, which its own read returns. Read like a status
// question (status.ts): the thing typed before the routing verb is the resource whose read gains,
// and the words after the verb (its logs, files, records) are what is routed, held against an
// operation named for them (another service's DescribeLogGroups).

import { STATE_NAME_WORDS } from './data/status-words.js';
import { STOP_WORDS } from './data/stop-words.js';
import { ROUTING_VERBS, WHERE_AUXILIARIES } from './data/where-setting-r14.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import type { Mutable } from './plan-terms.js';
import { stem } from './text.js';

/** Words after which the thing's own name is done: what follows says whose it is. */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'from']);

/** Marks a where-question about a thing's routing as a question its own read answers. */
export function readWhereSetting(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
): void {
  if (plan.status || plan.changes || ws[0] !== 'where' || !WHERE_AUXILIARIES.has(ws[1] ?? '')) return;
  const verb = ws.findIndex((w, i) => i > 2 && Object.hasOwn(ROUTING_VERBS, w));
  if (verb < 0) return;
  // the last name word of the thing, up to "of"/"for" once one was found ("the flow logs of my vpc")
  let thing: number | undefined;
  for (let i = 2; i < verb && !(thing !== undefined && OF_WORDS.has(ws[i]!)); i++) {
    const id = ix.termIds.get(stems[i]!);
    if (!STOP_WORDS.has(ws[i]!) && id !== undefined && ix.nameLike[id] === 1) thing = id;
  }
  if (thing === undefined) return;
  // a setting is asked, not a state: a read named for the state (GetTrailStatus) is another
  for (const w of Object.keys(STATE_NAME_WORDS)) {
    const id = ix.termIds.get(stem(w));
    if (id !== undefined && STATE_NAME_WORDS[w]!.named === true) plan.stateTerms.add(id);
  }
  plan.status = true;
  for (let i = verb; i < ws.length; i++) {
    const id = ix.termIds.get(stems[i]!);
    if (id !== undefined && id !== thing && !STOP_WORDS.has(ws[i]!)) plan.stateTerms.add(id);
  }
  plan.head.clear();
  plan.resource.clear();
  plan.head.add(thing);
  plan.resource.add(thing);
}

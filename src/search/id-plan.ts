// What pasted identifiers add to a query's plan (a step of query.ts): the services they name,
// the words of their resource types (the head noun when the words name none), and how much
// their service counts when the words name a product outright.

import { analyze } from './analyzer.js';
import { ID_BESIDE_NAMED } from './data/id-context.js';
import type { identifierHints } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';
import { addMax, addTerm } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { BOOST, TERM_WEIGHT } from './ranking-params.js';

/**
 * When the words name a product outright and an identifier names another service, the id is
 * what the named service acts on ("back up arn:aws:dynamodb:... with AWS Backup"): the id's
 * service counts for less (data/id-context.ts ID_BESIDE_NAMED).
 */
export function yieldIdServicesToNamed(plan: QueryPlan, fromIds: ReadonlyMap<number, number>): void {
  const named = [...plan.services].some(([s, w]) => !fromIds.has(s) && w >= BOOST.serviceNamed);
  if (!named) return;
  for (const [s, w] of fromIds) {
    if (plan.services.get(s) === w) plan.services.set(s, w * ID_BESIDE_NAMED.weight);
  }
}

/** Services and terms from pasted identifiers; returns the term ids of their resource types. */
export function addIdentifierHints(
  ix: SearchIndexData,
  plan: QueryPlan,
  ids: ReturnType<typeof identifierHints>,
  raw: readonly string[],
): { idHeads: number[]; idWords: string[] } {
  // an identifier's resource type is the head noun only when the words name none: in
  // "invalidate /x on distribution E2..." or "snapshot vol-..." it is where the action happens
  // an id after `from` is the source ("launch from ami-..."), not what the task makes or acts on
  const idHeads: number[] = [];
  const idWords: string[] = [];
  for (const h of ids) {
    for (const s of h.services) addMax(plan.services, s, BOOST.serviceFromId * (h.weight ?? 1));
    const source = raw[raw.indexOf(h.token) - 1]?.toLowerCase() === 'from';
    for (const t of analyze(h.terms)) {
      addTerm(ix, plan, t, TERM_WEIGHT.expansion);
      const id = ix.termIds.get(t);
      if (id !== undefined && !source) idHeads.push(id);
    }
    // the type's last word as spelt ("execution", "profile"): one thing, named in the singular
    const kind = h.terms.toLowerCase().split(/\s+/).pop();
    if (kind && !source) idWords.push(kind);
  }
  return { idHeads, idWords };
}

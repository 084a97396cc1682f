// Adding to a query plan while it is built: a term or a key keeps the highest weight it is given.

import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query.js';

/** A plan while it is built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function addTerm(ix: SearchIndexData, plan: QueryPlan, term: string, weight: number): void {
  const id = ix.termIds.get(term);
  if (id !== undefined) addMax(plan.terms, id, weight);
}

export function addMax(map: Map<number, number>, key: number, value: number): void {
  const cur = map.get(key);
  if (cur === undefined || value > cur) map.set(key, value);
}

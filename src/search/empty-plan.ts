// The plan a query starts from: every field present, nothing wanted yet (query.ts fills it), and
// whether it ended with nothing to search with.

import { STOP_WORDS } from './data/stop-words.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** A plan that wants nothing yet. */
export function emptyPlan(): Mutable<QueryPlan> {
  return {
    terms: new Map(),
    verbs: new Map(),
    services: new Map(),
    exact: new Map(),
    phrases: new Map(),
    surface: new Set(),
    head: new Set(),
    corrections: {},
    empty: false,
    readOnly: false,
    changes: false,
    question: false,
    aboutContent: false,
    status: false,
    resource: new Set(),
    stateTerms: new Set(),
    stateNames: new Set(),
    outcome: undefined,
    wrongTime: new Set(),
    again: false,
    namedService: false,
    verbTerms: new Set(),
    otherNumber: new Set(),
    wantNumber: new Set(),
    numberHead: new Set(),
    container: new Set(),
    inside: new Set(),
    existing: undefined,
    many: false,
    switched: new Set(),
    runReads: new Map(),
  };
}
/** Whether the query had nothing to search with. */
export function markEmpty(plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  plan.empty =
    plan.terms.size === 0 && plan.exact.size === 0 && plan.services.size === 0 && plan.verbs.size === 0;
  // only common words: empty, unless an identifier names a service (`can User::"a" do Action::"b"`)
  if (ws.every((w) => STOP_WORDS.has(w)) && plan.exact.size === 0 && !plan.namedService) plan.empty = true;
}

// The plan a query starts from: every field present, nothing wanted yet (query.ts fills it).

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

// A moment typed as a value (data/time-value-r17-tasks.ts): a date or a timestamp a thing is
// taken back "to", "at" or "as of" is a point in time, so the point-in-time restore or export
// is meant ("restore the orders table to 2024-05-01T10:00Z"); a window of time is not one moment.

import type { SearchIndexData } from './index-build.js';
import { addTerm } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { TERM_WEIGHT } from './ranking-params.js';
import { stem, unwrapToken } from './text.js';
import { MOMENT_MARKERS, MOMENT_SHAPES, MOMENT_TERMS, WINDOW_OPENERS } from './data/time-value-r17-tasks.js';

const isMoment = (t: string | undefined): boolean =>
  t !== undefined && MOMENT_SHAPES.some((s) => s.pattern.test(t));

/** Whether the raw tokens take a thing to one moment (and open no window of time). */
export function takesToMoment(raw: readonly string[]): boolean {
  const ts = raw.map((t) => unwrapToken(t.toLowerCase()));
  let marked = false;
  for (let i = 1; i < ts.length; i++) {
    if (!isMoment(ts[i])) continue;
    if (WINDOW_OPENERS.has(ts[i - 1]!)) return false;
    if (MOMENT_MARKERS[ts[i - 1]!] !== undefined) marked = true;
  }
  return marked;
}

/** Adds the point-in-time words when the query takes a thing to a moment. */
export function readMoment(ix: SearchIndexData, plan: QueryPlan, raw: readonly string[]): void {
  if (!takesToMoment(raw)) return;
  for (const w of MOMENT_TERMS) addTerm(ix, plan, stem(w), TERM_WEIGHT.expansion);
}

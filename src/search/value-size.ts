// What a value's shape says when no marker ("to", "instead of") makes it a new setting
// (data/value-size-r17-tasks.ts): a size in storage or memory units given to a thing is the
// size it is set to, and a count moved "from N to M" goes up or down (an increase or a decrease).

import type { SearchIndexData } from './index-build.js';
import { addTerm } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { TERM_WEIGHT } from './ranking-params.js';
import { stem, unwrapToken } from './text.js';
import { VALUE_LIGHT_VERBS } from './data/value-change.js';
import { COUNT_DIRECTION, SIZE_GIVERS, SIZE_UNITS } from './data/value-size-r17-tasks.js';

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const ATTACHED = /^(\d+(?:\.\d+)?)([a-z]+)$/;

const lower = (raw: readonly string[]): string[] => raw.map((t) => unwrapToken(t.toLowerCase()));

/** The unit when tokens i (and i+1) are a size: "2048 MB", "2.4 TiB", "100gib". */
function sizeAt(ts: readonly string[], i: number): string | undefined {
  const t = ts[i]!;
  const attached = ATTACHED.exec(t);
  const unit = attached ? attached[2]! : NUMBER.test(t) ? (ts[i + 1] ?? '') : '';
  return SIZE_UNITS[unit] !== undefined ? unit : undefined;
}

const gives = (w: string): boolean => VALUE_LIGHT_VERBS.has(w) || SIZE_GIVERS[w] !== undefined;

/**
 * The sizes given to a thing: each one after a giver word (give, add, needs), as its unit.
 * Empty when the query gives no size.
 */
export function sizesGiven(raw: readonly string[]): string[] {
  const ts = lower(raw);
  const units: string[] = [];
  let giver = false;
  for (let i = 0; i < ts.length; i++) {
    const unit = sizeAt(ts, i);
    if (giver && unit) units.push(unit);
    if (gives(ts[i]!)) giver = true;
  }
  return units;
}

/** What the sizes given are of ("2048 MB": memory), as index terms of the plan. */
export function addSizeMeanings(ix: SearchIndexData, plan: QueryPlan, units: readonly string[]): void {
  for (const u of units)
    for (const w of SIZE_UNITS[u]?.means ?? []) addTerm(ix, plan, stem(w), TERM_WEIGHT.translated);
}

/** Whether the verb typed is one that gives a size (the light verbs, add, needs). */
export const givesWith = (verb: string | undefined): boolean => verb !== undefined && gives(verb);

const numberOf = (t: string | undefined): number | undefined =>
  t !== undefined && NUMBER.test(t) ? Number(t.replace(',', '')) : undefined;

/** The number at or right after i (a unit or a kind word may sit between: "from 4 shards"). */
function numberNear(ts: readonly string[], i: number): number | undefined {
  return numberOf(ts[i]) ?? numberOf(ts[i + 1]);
}

/** The nearest number in the three words before i ("12 web boxes instead of 4": 12 is new). */
function numberBefore(ts: readonly string[], i: number): number | undefined {
  return numberOf(ts[i - 1]) ?? numberOf(ts[i - 2]) ?? numberOf(ts[i - 3]);
}

/** "from N (...) to M" or "M (...) instead of N": the old count and the new one, if moved. */
function countsMoved(ts: readonly string[]): [number, number] | undefined {
  const from = ts.indexOf('from');
  const to = from < 0 ? -1 : ts.indexOf('to', from + 2);
  if (to > 0 && to <= from + 4) {
    const [a, b] = [numberNear(ts, from + 1), numberNear(ts, to + 1)];
    if (a !== undefined && b !== undefined) return [a, b];
  }
  const instead = ts.findIndex((t, i) => t === 'instead' && ts[i + 1] === 'of');
  if (instead < 0) return undefined;
  const [a, b] = [numberNear(ts, instead + 2), numberBefore(ts, instead)];
  // "7 days instead of 24 hours" compares no counts: the old value's unit must be the new one's
  const unit = numberOf(ts[instead + 2]) === undefined ? undefined : ts[instead + 3];
  if (unit !== undefined && unit !== ts[instead - 1] && numberOf(ts[instead - 1]) === undefined)
    return undefined;
  return a !== undefined && b !== undefined ? [a, b] : undefined;
}

/** Which way a count moves ("from 2 to 4", "12 instead of 4"), if the query moves one. */
export function countDirection(raw: readonly string[]): 'up' | 'down' | undefined {
  const moved = countsMoved(lower(raw));
  if (!moved || moved[0] === moved[1]) return undefined;
  return moved[1] > moved[0] ? 'up' : 'down';
}

/** The verb weights a count's direction adds, or none. */
export function directionWeights(raw: readonly string[]): Readonly<Record<string, number>> {
  const d = countDirection(raw);
  return d ? COUNT_DIRECTION[d].weights : {};
}

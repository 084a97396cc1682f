// A change of value ("from db.t3.medium to db.r5.large", "2048 MB instead of 512", "to 4 shards")
// with no verb, or a verb that says little of its own (make, put, give), asks to modify the named
// thing (data/value-change.ts): its Modify/Update/Resize operations, not Create or a read.

import { STOP_WORDS } from './data/stop-words.js';
import type { SearchIndexData } from './index-build.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';
import { unwrapToken } from './text.js';
import {
  VALUE_CHANGE,
  VALUE_COMPARATIVES,
  VALUE_LIGHT_VERBS,
  VALUE_MARKERS,
  VALUE_SHAPES,
} from './data/value-change.js';
import { addSizeMeanings, directionWeights, givesWith, sizesGiven } from './value-size.js';
import { addMadeInto } from './made-into.js';
import { SCALABLE } from './data/scalable-services.js';

const isValue = (t: string | undefined): boolean =>
  t !== undefined && VALUE_SHAPES.some((s) => s.pattern.test(t));

const MARKERS = Object.keys(VALUE_MARKERS).map((m) => m.split(' '));

/** The first marker (`instead of`, `to`) right before a value in the raw tokens, if any. */
function markerMoving(raw: readonly string[]): string | undefined {
  const ts = raw.map((t) => unwrapToken(t.toLowerCase()));
  for (let i = 0; i < ts.length; i++) {
    for (const m of MARKERS) {
      if (m.every((w, k) => ts[i + k] === w) && isValue(ts[i + m.length])) return m.join(' ');
    }
  }
  return undefined;
}

/** Whether the raw tokens move a value: a marker (`instead of`, `to`) right before a value. */
export const movesValue = (raw: readonly string[]): boolean => markerMoving(raw) !== undefined;

/** Whether a range is given to a thing Application Auto Scaling scales ("should float between 5 and 500"). */
export function scalesRange(ix: SearchIndexData, plan: QueryPlan, raw: readonly string[]): boolean {
  const marker = markerMoving(raw);
  return (
    marker !== undefined && VALUE_MARKERS[marker]!.scalable !== undefined && scalesByApplication(ix, plan)
  );
}

/**
 * A verb of its own sense leads the task: only common words before it ("please scale ...").
 * A verb word after the thing named ("the kinesis stream", "100 write capacity") is a noun there.
 */
function ownVerb(ws: readonly string[], verbAt: VerbSpan): boolean {
  if (VALUE_LIGHT_VERBS.has(ws[verbAt.start]!)) return false;
  return ws.slice(0, verbAt.start).every((w) => STOP_WORDS.has(w) || VALUE_LIGHT_VERBS.has(w));
}

/** Whether the service the query leans on most is one Application Auto Scaling scales. */
function scalesByApplication(ix: SearchIndexData, plan: QueryPlan): boolean {
  let top: [number, number] | undefined;
  for (const [s, w] of plan.services) if (top === undefined || w > top[1]) top = [s, w];
  return top !== undefined && (SCALABLE as readonly string[]).includes(ix.services[top[0]]!.id);
}

/** Adds the change verbs when the query moves a value and typed no verb of its own sense. */
export function addValueChange(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  raw: readonly string[],
  ws: readonly string[],
  verbAt: VerbSpan | undefined,
): void {
  if (plan.question) return;
  // "make the bucket public": a state given to a thing that exists is a change too (made-into.ts)
  if (addMadeInto(ix, plan, ws, verbAt)) return;
  // a size given by the verb itself ("add 2 TiB to fs-...") is a change though "add" has a sense
  const sizes = sizesGiven(raw);
  if (verbAt && ownVerb(ws, verbAt) && !(sizes.length > 0 && givesWith(ws[verbAt.start]))) return;
  // a comparative with a light verb ("give it a bigger machine") moves a value with no number
  const comparative =
    verbAt !== undefined &&
    VALUE_COMPARATIVES.verbs.has(ws[verbAt.start]!) &&
    ws.some((w) => VALUE_COMPARATIVES.words.has(w));
  const marker = markerMoving(raw);
  if (marker === undefined && sizes.length === 0 && !comparative) return;
  const scalable = marker === undefined ? undefined : VALUE_MARKERS[marker]!.scalable;
  const weights = scalable !== undefined && scalesByApplication(ix, plan) ? scalable : VALUE_CHANGE.weights;
  replaceVerbs(ix, plan, { ...weights, ...directionWeights(raw) });
  addSizeMeanings(ix, plan, sizes);
  plan.changes = true;
  plan.readOnly = false;
}

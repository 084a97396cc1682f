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

const isValue = (t: string | undefined): boolean =>
  t !== undefined && VALUE_SHAPES.some((s) => s.pattern.test(t));

const MARKERS = Object.keys(VALUE_MARKERS).map((m) => m.split(' '));

/** Whether the raw tokens move a value: a marker (`instead of`, `to`) right before a value. */
export function movesValue(raw: readonly string[]): boolean {
  const ts = raw.map((t) => unwrapToken(t.toLowerCase()));
  for (let i = 0; i < ts.length; i++) {
    for (const m of MARKERS) {
      if (m.every((w, k) => ts[i + k] === w) && isValue(ts[i + m.length])) return true;
    }
  }
  return false;
}

/**
 * A verb of its own sense leads the task: only common words before it ("please scale ...").
 * A verb word after the thing named ("the kinesis stream", "100 write capacity") is a noun there.
 */
function ownVerb(ws: readonly string[], verbAt: VerbSpan): boolean {
  if (VALUE_LIGHT_VERBS.has(ws[verbAt.start]!)) return false;
  return ws.slice(0, verbAt.start).every((w) => STOP_WORDS.has(w) || VALUE_LIGHT_VERBS.has(w));
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
  if (!movesValue(raw) && sizes.length === 0 && !comparative) return;
  replaceVerbs(ix, plan, { ...VALUE_CHANGE.weights, ...directionWeights(raw) });
  addSizeMeanings(ix, plan, sizes);
  plan.changes = true;
  plan.readOnly = false;
}

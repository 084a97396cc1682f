// A setting asked for by the state a thing should be in: "the database should stay up if a zone
// goes down", "messages that fail 3 times should go to the dlq" (data/desired-state-r21-outcome.ts).
// The verb after the modal is what the thing will do once set, so the plan's verbs become the
// setting's (put, update, modify) and the typed verb keeps a share, as for a prohibition. So are
// "let the asg grow to 10" (a thing let behave, not a grant) and "only the office may connect"
// (an allow list: authorize).

import { DESIRED_STATE } from './data/desired-state-r21-outcome.js';
import { GRANT } from './data/grants-r12.js';
import { isProhibition } from './prohibition.js';
import { scalesRange } from './value-change.js';
import type { SearchIndexData } from './index-build.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/**
 * True when a thing (the words before the modal, none of them a person or a question word) is
 * said to be some way from now on, and nothing reports a fault beside it.
 */
export function statesDesired(ws: readonly string[]): boolean {
  if (ws.some((w) => DESIRED_STATE.report.has(w))) return false;
  const at = ws.findIndex((w) => DESIRED_STATE.modals.has(w));
  if (at < 1) return false;
  return ws.slice(0, at).every((w) => !DESIRED_STATE.personal.has(w));
}

/** "let the asg grow to 10": a thing let behave in size, load or keeping; no access word after. */
export function letsBehave(ws: readonly string[]): boolean {
  if (!DESIRED_STATE.letting.has(ws[0] ?? '') || ws.some((w) => GRANT.access.has(w))) return false;
  return ws.slice(2, 2 + DESIRED_STATE.onlyReach).some((w) => DESIRED_STATE.behaviours.has(w));
}

/** "only the office network may connect": an allow list, a modal soon after the opening "only". */
export function onlyMay(ws: readonly string[]): boolean {
  if (ws[0] !== 'only') return false;
  return ws.slice(1, 1 + DESIRED_STATE.onlyReach).some((w) => DESIRED_STATE.onlyModals.has(w));
}

/**
 * "guardduty should trust our vpn addresses": the subject is a whole service, not a thing with a
 * setting; what it is to do is made as a thing of its own (an IP set, a filter), so no reading.
 */
function serviceSubject(plan: QueryPlan, ws: readonly string[]): boolean {
  return plan.namedService && ws.findIndex((w) => DESIRED_STATE.modals.has(w)) === 1;
}

export function readDesiredState(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  raw: readonly string[],
): void {
  // a prohibition ("no one should be able to ssh in") has put its own rule's verbs already, and
  // a range on a thing Application Auto Scaling scales its scalable target's (value-change.ts)
  if (plan.question || isProhibition(ws) || scalesRange(ix, plan, raw)) return;
  if (onlyMay(ws)) replaceVerbs(ix, plan, DESIRED_STATE.allowVerbs);
  else if ((statesDesired(ws) && !serviceSubject(plan, ws)) || letsBehave(ws))
    replaceVerbs(ix, plan, DESIRED_STATE.verbs);
  else return;
  plan.readOnly = false;
  plan.changes = true;
}

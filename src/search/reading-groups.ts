// Groups of reading steps that planQuery (query.ts) runs together, in this order: each step is
// its own module with its own data; a group only names what its steps have in common, so
// query.ts reads as the short list of what is read.

import type { SearchIndexData } from './index-build.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { readStatusNumber } from './status-number.js';
import { readRunReads } from './run-reads.js';
import { readPastEvents } from './past-events.js';
import { addGroupMembers } from './group-members.js';
import { addMemberCount } from './member-count.js';
import { addTranslatedNumber } from './translated-number.js';
import { readElsewhere } from './elsewhere.js';
import { readQuotaRaise } from './quota-raise.js';
import { readQuotaAsked } from './quota-read.js';
import { readGrant } from './grants.js';
import { readTense } from './tense.js';
import { readRetention } from './retention.js';
import { readStandingRule } from './standing-rule.js';
import { readProhibition } from './prohibition.js';
import { readSelfActing } from './self-acting.js';
import { readDesiredState } from './desired-state.js';
import { readAlsoAdds, readEnoughValue } from './enough-value.js';
import { readAgeRule } from './age-rule.js';
import { readMoment } from './time-value.js';
import { readOutcome } from './outcome.js';
import { readAskedSide } from './asked-side.js';
import { readAttributeOf } from './attribute-of.js';
import { readClosedCompounds } from './closed-compounds.js';
import { addCompoundNumber } from './compound-number.js';
import { readAdvice } from './advice.js';
import { favourSubject, whichSubject } from './which-subject.js';

/** When and how the thing should be: outcomes, tense, retention, standing rules, prohibitions, acts
 * by themselves or at an age, a state it should be in, a point in time. */
export function readWhenAndHow(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  { ws, raw }: { ws: readonly string[]; raw: readonly string[] },
  hasVerb: boolean,
): void {
  readOutcome(ix, plan, ws);
  readTense(ix, plan, ws);
  readRetention(ix, plan, ws);
  readStandingRule(ix, plan, ws, hasVerb);
  readProhibition(ix, plan, ws);
  readSelfActing(ix, plan, raw);
  readDesiredState(ix, plan, ws, raw);
  readEnoughValue(ix, plan, ws);
  readAlsoAdds(ix, plan, ws);
  readAgeRule(ix, plan, ws);
  readMoment(ix, plan, raw);
}

/** Which one (or set) a question about a thing asks for: its number, and whether it asks about its runs. */
export function readRunAndNumber(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  { ws, stems, raw }: { ws: readonly string[]; stems: readonly string[]; raw: readonly string[] },
): void {
  readStatusNumber(ix, plan, ws, stems);
  readRunReads(ix, plan, raw);
  readPastEvents(ix, plan, ws);
  readSiblingCues(ix, plan, ws, stems);
  readAskedSide(ix, plan, ws, raw);
  readAttributeOf(ix, plan, ws);
  readClosedCompounds(ix, plan, { ws, stems });
}

/** Questions another tool or another reading answers: elsewhere, quotas, grants, advice. */
export function readAskedElsewhere(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  { typed, ws, raw }: { typed: readonly string[]; ws: readonly string[]; raw: readonly string[] },
): void {
  // "which lambdas are attached to the subnets": the workloads asked for lead, unless answered elsewhere
  const subject = whichSubject(ix, ws);
  if (readElsewhere(ix, plan, typed, raw, subject) === undefined && subject?.overruled)
    favourSubject(ix, plan, subject);
  readQuotaRaise(ix, plan, typed);
  readQuotaAsked(ix, plan, ws);
  readGrant(ix, plan, ws, typed);
  readAdvice(ix, plan, typed);
}

/**
 * Which sibling the wording picks, after the number is read: a count of members moved
 * (member-count.ts), the number of a head read as the service's own noun (translated-number.ts)
 * or as the first word of a compound (compound-number.ts),
 * the members of a named group asked for (group-members.ts).
 */
function readSiblingCues(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
): void {
  addMemberCount(ix, plan, ws);
  addTranslatedNumber(ix, plan, ws, stems);
  addCompoundNumber(ix, plan, ws, stems);
  addGroupMembers(ix, plan, ws);
}

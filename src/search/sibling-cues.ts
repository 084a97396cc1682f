// Round 17's readings of which sibling the wording picks, run after the number is read: a count
// of members moved (member-count.ts), the number of a head read as the service's own noun
// (translated-number.ts), the members of a named group asked for (group-members.ts).

import { addGroupMembers } from './group-members.js';
import type { SearchIndexData } from './index-build.js';
import { addMemberCount } from './member-count.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { addTranslatedNumber } from './translated-number.js';

export function readSiblingCues(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
): void {
  addMemberCount(ix, plan, ws);
  addTranslatedNumber(ix, plan, ws, stems);
  addGroupMembers(ix, plan, ws);
}

// "the values in memorydb parameter group redis7-custom": the members of a group asked for
// (data/group-members-r17-siblings.ts). "group" only says where they are: as a term it would
// make the group's own read (DescribeParameterGroups) name every word typed, over the read of
// its members (DescribeParameters). A change typed ("modify the parameter group") acts on the group.

import { GROUP_MEMBERS } from './data/group-members-r17-siblings.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import { stem } from './text.js';

/** What "group" still weighs: it says where the members are, and which service keeps them. */
const GROUP_SHARE = 0.5;

/** Where a group kind's members are asked for outside "<kind> group": the kind; else undefined. */
export function askedMembers(ws: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < ws.length; i++) {
    const entry = Object.hasOwn(GROUP_MEMBERS, ws[i]!) ? GROUP_MEMBERS[ws[i]!] : undefined;
    if (!entry || ws[i + 1] !== 'group') continue;
    if (ws.some((w, k) => k !== i && entry.members.includes(w))) return ws[i]!;
  }
  return undefined;
}

/** Halves "group" among the terms and makes the members the head, when a read asks for them. */
export function addGroupMembers(ix: SearchIndexData, plan: QueryPlan, ws: readonly string[]): void {
  if (plan.changes) return;
  const kind = askedMembers(ws);
  if (kind === undefined) return;
  const group = ix.termIds.get(stem('group'));
  const w = group === undefined ? undefined : plan.terms.get(group);
  if (group !== undefined && w !== undefined) plan.terms.set(group, w * GROUP_SHARE);
  const member = ix.termIds.get(stem(kind));
  if (member !== undefined) plan.head.add(member);
}

// A pasted identifier right after the verb is the thing acted on, and words that describe it
// after it ("grow vol-0abc on the db box by 100 GiB", "stop i-0abc, the redis host") say where
// it is or what runs on it (data/id-object-r21-ops.ts). Read as the head, "db" made the task
// ModifyDBInstance: the identifier's type is the head, and the services the description lends
// count for less than the identifier's own.

import { DESCRIBED_SERVICE_SHARE, ID_DESCRIBERS } from './data/id-object-r21-ops.js';
import type { IdentifierHint } from './identifiers.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';
import { unwrapToken, withoutTrailingPunctuation } from './text.js';

const bare = (t: string | undefined): string =>
  withoutTrailingPunctuation(unwrapToken((t ?? '').toLowerCase()));

/** The identifier typed right after the verb and before a description of it, if any. */
function describedObject(
  raw: readonly string[],
  ids: readonly IdentifierHint[],
  ws: readonly string[],
  verbAt: VerbSpan,
): IdentifierHint | undefined {
  const verb = ws[verbAt.end - 1];
  const at = raw.findIndex((t) => bare(t) === verb);
  const id = at < 0 ? undefined : ids.find((h) => h.token === raw[at + 1] && h.services.length > 0);
  if (id === undefined) return undefined;
  // "i-0abc, the redis host": a comma closes the identifier before its description
  const one = bare(raw[at + 2]);
  const two = `${one} ${bare(raw[at + 3])}`;
  return Object.hasOwn(ID_DESCRIBERS, one) || Object.hasOwn(ID_DESCRIBERS, two) ? id : undefined;
}

/**
 * With no typed head noun, a verb that is also a noun (`snapshot vol-...`) names it, else the
 * identifier's type; a described identifier right after the verb is the head whatever was typed
 * after it, its own services ahead of those its description lends.
 */
export function settleIdHead(
  plan: Mutable<QueryPlan>,
  parts: {
    raw: readonly string[];
    ids: readonly IdentifierHint[];
    ws: readonly string[];
    verbNouns: readonly number[];
  },
  verbAt: VerbSpan | undefined,
  idHeads: readonly number[],
): void {
  if (plan.head.size === 0)
    for (const id of parts.verbNouns.length > 0 ? parts.verbNouns : idHeads) plan.head.add(id);
  if (verbAt === undefined || idHeads.length === 0 || plan.question) return;
  const id = describedObject(parts.raw, parts.ids, parts.ws, verbAt);
  if (id === undefined) return;
  plan.head = new Set(idHeads);
  for (const [s, w] of plan.services)
    if (!id.services.includes(s)) plan.services.set(s, w * DESCRIBED_SERVICE_SHARE);
}

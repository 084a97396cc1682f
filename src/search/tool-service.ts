// A service named after "with", "using", "via" or "through" (data/tool-service-r21-sec.ts) is
// the tool the task is done with: "scan the ecr images with inspector" is Inspector's, not ECR's.
// It is read as a manager the user named (managed-by.ts): its name counts as fully as a
// product's, even an everyday word ("with shield"); the things named before it are what it acts
// on, so their services count for less and their words say where it looks, not what it is.

import { TOOL_SERVICE_MARKERS as TOOL } from './data/tool-service-r21-sec.js';
import type { SearchIndexData } from './index-build.js';
import { nameHolds } from './name-words.js';
import type { Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { WordRuns } from './query-words.js';
import { BOOST } from './ranking-params.js';
import { queryNameKeys } from './service-names.js';
import { analyze } from './analyzer.js';
import { NEWER_APIS } from './data/service-versions.js';
import { FAMILY_STRENGTH } from './data/service-words.js';
import { words } from './text.js';

/** The longest tool name: more words after a marker are a description, not a name. */
const MAX_NAME_WORDS = 3;

/** The tool a query names: service index -> share of a full name, and where its name is. */
export interface ToolNamed {
  readonly services: ReadonlyMap<number, number>;
  /** Where the name after the marker is. */
  readonly start: number;
  readonly end: number;
  /** Where the verb of finding is, when the service is named as the one that found something. */
  readonly act?: { readonly start: number; readonly end: number };
}

/** Puts the tool on the plan: it leads, the things before it are where it looks. */
export function readToolService(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  tool: ToolNamed | undefined,
): void {
  if (tool === undefined) return;
  const cap = BOOST.serviceNamed * TOOL.objectShare;
  for (const [s, w] of plan.services) if (!tool.services.has(s) && w > cap) plan.services.set(s, cap);
  for (const [s, share] of tool.services) {
    const w = BOOST.serviceNamed * share;
    plan.services.set(s, w); // the name as a tool says it: an old API yields to its newer one
  }
  plan.namedService = true;
  // a head of another service is what the tool acts on, not its operation's object ("the load
  // balancer" is not CreateLoadBalancer); a head the tool's operations are named for ("the
  // stack" with cloudformation) stays what the task makes
  const named = new Set(
    analyze(ws.slice(tool.start, tool.end).join(' ')).flatMap((t) => ix.termIds.get(t) ?? []),
  );
  const head = [...plan.head].filter((id) => !named.has(id));
  if (head.length === 0 || head.every((id) => namesToolOperation(ix, tool, id))) return;
  for (const id of head) plan.container.add(id);
  plan.head.clear();
  for (const op of [...plan.phrases.keys()])
    if (!tool.services.has(ix.opService[op]!)) plan.phrases.delete(op);
}

/**
 * Whether some operation of the tool is named with the term ("stack" in CreateStack). Its own
 * name words, not the name postings: a query is read before the cached index pages those in
 * (search-index.ts prepareTerms).
 */
export function namesToolOperation(ix: SearchIndexData, tool: ToolNamed, term: number): boolean {
  for (const s of tool.services.keys())
    for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) if (nameHolds(ix, op, term)) return true;
  return false;
}

/**
 * The service named after the last marker, if the words after it are only its name, up to the
 * end or a clause's start ("with inspector for cves"). A name followed by a pasted id is a thing
 * ("with account 123456789012"), so at the end the typed text must end with the name too.
 */
export function toolNamed(
  ix: SearchIndexData,
  { ws, raw }: { ws: readonly string[]; raw: readonly string[] },
  { serviceWord, phraseServices }: Pick<WordRuns, 'serviceWord' | 'phraseServices'>,
): ToolNamed | undefined {
  if (ws.length === 0 || words(raw.at(-1) ?? '').at(-1) !== ws.at(-1)) return undefined;
  for (let m = ws.length - 2; m >= 1; m--) {
    if (!TOOL.markers.has(ws[m]!)) continue;
    let start = m + 1;
    while (start < ws.length && TOOL.between.has(ws[start]!)) start++;
    let end = start;
    while (end < ws.length && !TOOL.after.has(ws[end]!)) end++;
    if (end === start || end - start > MAX_NAME_WORDS) return undefined;
    // a phrase the vocabulary reads as a service (`waf` is wafv2) when every word names one;
    // else the name's own keys ("using backup": a verb-like word is a name after the marker)
    const named = serviceWord.slice(start, end).every(Boolean);
    const meant = named ? curatedServices(ix, phraseServices.slice(start, end)) : new Map<number, number>();
    const services = meant.size > 0 ? meant : keyServices(ix, ws.slice(start, end));
    return services.size > 0 ? { services, start, end } : undefined;
  }
  return undefined;
}

/** The services a vocabulary phrase covering every word means, each fully. */
function curatedServices(
  ix: SearchIndexData,
  meant: readonly (readonly string[] | undefined)[],
): Map<number, number> {
  const out = new Map<number, number>();
  if (!meant.every((m) => m !== undefined && m.length > 0)) return out;
  for (const id of meant[0]!) {
    const s = ix.services.findIndex((e) => e.id === id);
    if (s >= 0) out.set(s, 1);
  }
  return out;
}

/** The services a name's keys find: an everyday word (`shield`) fully, a family member its share. */
export function keyServices(ix: SearchIndexData, run: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const key of queryNameKeys([...run])) {
    const found = ix.serviceKeys.get(key) ?? [];
    const best = Math.max(0, ...found.map(([, strength]) => strength));
    for (const [s, strength] of found) out.set(s, Math.max(out.get(s) ?? 0, strength / best));
  }
  // a tool named by its old API's name is its newer one (data/service-versions.ts)
  for (const [old, { current }] of Object.entries(NEWER_APIS)) {
    const o = ix.services.findIndex((e) => e.id === old);
    if (out.has(o) && out.has(ix.services.findIndex((e) => e.id === current)))
      out.set(o, out.get(o)! * FAMILY_STRENGTH);
  }
  return out;
}

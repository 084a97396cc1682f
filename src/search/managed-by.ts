// A request that names a thing of one service while another service manages it: "put the efs file
// system into our nightly backup plan" (AWS Backup), "let my ecs service scale by itself"
// (Application Auto Scaling), "why did the group drop to two instances" (the Auto Scaling
// group's scaling activities). The managed thing's service is only what the request is about and
// counts for less; the manager's words and services join the plan, as for a question answered
// elsewhere (elsewhere.ts). A few phrases go the other way: "the maintenance window of our
// documentdb cluster" is the cluster's own setting, so the manager the phrase names yields.
// The phrases and their conditions are data (data/managed-by-r16-services.ts).

import { MANAGED_BY, type ManagedBy } from './data/managed-by-r16-services.js';
import { analyze } from './analyzer.js';
import { answerFrom } from './elsewhere.js';
import { servicesWithId } from './identifiers.js';
import type { SearchIndexData } from './index-build.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { NAMED_THING } from './data/asked-elsewhere.js';
import { stem } from './text.js';
import type { ToolNamed } from './tool-service.js';

/** The first entry whose phrase and conditions the query meets, if any. */
export function managedBy(
  ix: SearchIndexData,
  plan: QueryPlan,
  ws: readonly string[],
  stems: readonly string[],
  { pasted = false, tool }: { pasted?: boolean; tool?: ToolNamed | undefined } = {},
): ManagedBy | undefined {
  // a tool the user named is the manager: another one a phrase points to is not meant
  const toolIs = (ids: readonly string[]): boolean =>
    ids.some((id) => servicesWithId(ix, id).some((s) => tool!.services.has(s)));
  // the services the query named, worked out only once a phrase matches (most queries match none)
  let namedIds: ReadonlySet<string> | undefined;
  const named = (id: string): boolean =>
    (namedIds ??= new Set([...plan.services.keys()].map((s) => ix.services[s]!.id))).has(id);
  return MANAGED_BY.find(
    (e) =>
      e.phrases.some((p) => hasPhrase(ws, stems, p)) &&
      (e.also ?? []).every((list) => list.some((w) => stems.some((s) => s.startsWith(w) || s === stem(w)))) &&
      (e.subjects === undefined || e.subjects.some(named)) &&
      !(e.notSubjects ?? []).some(named) &&
      !(e.unless ?? []).some((w) => stems.includes(w)) &&
      (!e.asks || plan.question || plan.readOnly) &&
      !(e.unlessPasted && pasted) &&
      (tool === undefined || e.services === undefined || toolIs(e.services)),
  );
}

/** A phrase's words, each marked whether it is its own stem (then any form of it matches). */
interface PhraseWord {
  readonly word: string;
  readonly anyForm: boolean;
}

// split and stemmed once: every query tries every phrase
const PHRASE_WORDS: ReadonlyMap<string, readonly PhraseWord[]> = new Map(
  MANAGED_BY.flatMap((e) => e.phrases).map((p) => [
    p,
    p.split(' ').map((w) => ({ word: w, anyForm: stem(w) === w })),
  ]),
);

/**
 * Whether the phrase's words follow one another in the query: a word that is its own stem
 * matches any form ("backup plans"), another only as written ("tagged" is not "tag it").
 */
function hasPhrase(ws: readonly string[], stems: readonly string[], phrase: string): boolean {
  const parts = PHRASE_WORDS.get(phrase)!;
  for (let i = 0; i + parts.length <= ws.length; i++) {
    let k = 0;
    while (k < parts.length && (parts[k]!.anyForm ? stems[i + k] : ws[i + k]) === parts[k]!.word) k++;
    if (k === parts.length) return true;
  }
  return false;
}

/** Puts the manager's reading on the plan, or makes the manager the phrase names yield. */
export function readManagedBy(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
  read: { pasted: boolean; tool: ToolNamed | undefined },
): void {
  const entry = managedBy(ix, plan, ws, stems, read);
  if (entry === undefined) return;
  if (entry.services) {
    answerFrom(ix, plan, { services: entry.services, terms: entry.terms ?? '' });
    if (entry.head !== undefined) headOf(ix, plan, entry.head, `${entry.head} ${entry.terms ?? ''}`);
    if (entry.verb !== undefined) managerVerb(ix, plan, entry.verb);
    return;
  }
  // the phrase names the subject's setting: the manager's operations named with it are not meant,
  // the subject's own kind ("cluster", "broker") is the head
  plan.phrases.clear();
  const setting = new Set(entry.phrases.flatMap((p) => analyze(p).flatMap((t) => ix.termIds.get(t) ?? [])));
  const kind = [...plan.terms.keys()].filter((id) => !setting.has(id) && ix.nameLike[id] === 1);
  if (kind.length > 0) plan.head = new Set(kind);
  for (const id of entry.yields ?? [])
    for (const s of servicesWithId(ix, id)) {
      const w = plan.services.get(s);
      if (w !== undefined) plan.services.set(s, w * NAMED_THING.share);
    }
}

/** The manager's verb leads; the request's ("put" in "can the role put objects") counts for less. */
function managerVerb(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  verb: NonNullable<ManagedBy['verb']>,
): void {
  replaceVerbs(ix, plan, { [verb.word]: 1 });
  plan.changes = !verb.looks;
  plan.readOnly = verb.looks;
}

/** The manager's read is the head noun; the things the query named are where it looks. */
function headOf(ix: SearchIndexData, plan: Mutable<QueryPlan>, head: string, record: string): void {
  const idsOf = (text: string): Set<number> => new Set(analyze(text).flatMap((t) => ix.termIds.get(t) ?? []));
  const ids = idsOf(head);
  const own = idsOf(record);
  plan.container = new Set([...plan.terms.keys()].filter((id) => !own.has(id) && ix.nameLike[id] === 1));
  plan.head = new Set([...ids].filter((id) => ix.nameLike[id] === 1));
  plan.phrases.clear();
  // a status question asks about the manager's thing (the job), not the thing it manages
  if (plan.status) plan.resource = new Set(plan.head);
  plan.runReads.clear();
}

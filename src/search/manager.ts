// Who does the task the query asks for, read once the plan's words and services are in: a tool
// the query names ("scan it with inspector", tool-service.ts), a service named as the one that
// found something ("did macie flag anything", finder-service.ts), else a manager a phrase implies
// (managed-by.ts), which yields to a named tool that is not it.

import { FINDER_VERBS } from './data/finder-service-r21-sec.js';
import { finderNamed } from './finder-service.js';
import type { SearchIndexData } from './index-build.js';
import { readManagedBy } from './managed-by.js';
import { addMeaningTerms, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import type { WordRuns } from './query-words.js';
import { readToolService, toolNamed } from './tool-service.js';
import { analyze } from './analyzer.js';

/** Reads the tool, the finder or the manager onto the plan. */
export function readManager(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  {
    ws,
    stems,
    raw,
    pasted,
  }: { ws: readonly string[]; stems: readonly string[]; raw: readonly string[]; pasted: boolean },
  runs: Pick<WordRuns, 'serviceWord' | 'phraseServices'>,
): void {
  const tool = toolNamed(ix, { ws, raw }, runs);
  const finder = tool === undefined ? finderNamed(ix, ws, runs) : undefined;
  readManagedBy(ix, plan, ws, stems, { pasted, tool: tool ?? finder });
  readToolService(ix, plan, ws, tool ?? finder);
  if (finder === undefined) return;
  if (finder?.act === undefined) return;
  // what it found is the head; the verb of finding names nothing; the things the query names
  // are where it looked
  const idsOf = (text: string): number[] => analyze(text).flatMap((t) => ix.termIds.get(t) ?? []);
  for (const id of idsOf(ws.slice(finder.act.start, finder.act.end).join(' '))) plan.terms.delete(id);
  const own = new Set(idsOf(ws.slice(finder.start, finder.end).join(' ')));
  for (const id of plan.terms.keys()) if (ix.nameLike[id] === 1 && !own.has(id)) plan.container.add(id);
  addMeaningTerms(ix, plan, FINDER_VERBS.found);
  plan.head = new Set(idsOf(FINDER_VERBS.found).filter((id) => ix.nameLike[id] === 1));
  for (const id of plan.head) plan.container.delete(id);
  for (const op of [...plan.phrases.keys()])
    if (!finder.services.has(ix.opService[op]!)) plan.phrases.delete(op);
}

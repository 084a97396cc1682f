// A question about what happened to something that runs ("why did the glue job fail", "has the
// backup finished", "why is the stack stuck") is answered by the record of its runs or events
// (GetJobRuns, ListBackupJobs, DescribeStackEvents), not by the read of its definition (GetJob,
// DescribeStacks). Read once per query from its words (data/outcome-words.ts); at rank time an
// operation whose name ends in a run word (after the thing asked about) gains.

import { CAUSE_OPENERS, OUTCOME_WORDS, RUN_NAME_WORDS } from './data/outcome-words.js';
import { PLACE_OPENERS } from './data/outcome-words-r22-diag.js';
import { STATUS_OPENERS } from './data/status-words.js';
import type { SearchIndexData } from './index-build.js';
import { OUTCOME } from './ranking-params.js';
import { stem } from './text.js';
import { addTerm, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';

/** What an outcome question asks: whether a run ended (`state`), or why it ended so (`cause`). */
export type OutcomeAsked = 'state' | 'cause';

/**
 * Marks an outcome question on the plan: "why"/"what went wrong" with an outcome word asks for
 * the cause, a yes/no status question with one asks for the state. The run words are added as
 * weak terms, so the runs of a named thing are among the candidates.
 */
export function readOutcome(ix: SearchIndexData, plan: Mutable<QueryPlan>, ws: readonly string[]): void {
  if (!ws.some((w) => Object.hasOwn(OUTCOME_WORDS, w))) return;
  if (asksCause(ws)) plan.outcome = 'cause';
  else if (plan.status || STATUS_OPENERS.has(ws[0]!)) plan.outcome = 'state';
  else return;
  // a status question already reads its thing (status.ts): its runs need not be searched for
  if (plan.status) return;
  for (const [w, entry] of Object.entries(RUN_NAME_WORDS))
    if (plan.outcome === 'cause' || entry.holds === 'state')
      addTerm(ix, plan, stem(w), OUTCOME.runTermWeight);
}

/**
 * Whether the outcome question asks why or where it ended so: opened by "why", "what ... wrong",
 * "which"/"where" (or "at/in which"), or a request that asks "why" later ("find out which job
 * died and why", "show me why the build failed").
 */
function asksCause(ws: readonly string[]): boolean {
  const first = ws[0]!;
  if (CAUSE_OPENERS.has(first) && (first === 'why' || ws.includes('wrong'))) return true;
  if (Object.hasOwn(PLACE_OPENERS, first)) return true;
  if ((first === 'at' || first === 'in') && ws[1] === 'which') return true;
  return ws.includes('why');
}

/**
 * How well the operation reads the outcome asked: OUTCOME.runRead when it only reads and its name ends in a
 * run word that holds what is asked (data/outcome-words.ts RUN_NAME_WORDS) and that is not the
 *  thing asked about itself ("has the build failed" reads the build, not the runs of one);
 * -OUTCOME.definitionRead when its name ends in the thing asked about and its service reads that thing's runs (GetJob
 * beside GetJobRuns: the definition, not what happened to it); else 0.
 */
export function outcomeFit(ix: SearchIndexData, plan: QueryPlan, op: number): number {
  if (plan.outcome === undefined) return 0;
  const end = ix.nameStart[op + 1]! - 1;
  if (end < ix.nameStart[op]!) return 0;
  const last = ix.nameTerms[end]!;
  const { words, things } = runWords(ix);
  if (plan.head.has(last) || plan.resource.has(last)) {
    const kinds = things.get(ix.opService[op]!)?.get(last);
    // only for why: a resource's own state is in its read ("has the emr cluster finished starting")
    return plan.outcome === 'cause' && (kinds?.size ?? 0) > 0 ? -OUTCOME.definitionRead : 0;
  }
  // the runs of a thing the query names: of a service it names or implies, never another's
  const holds = plan.services.has(ix.opService[op]!) ? words.get(last) : undefined;
  return holds === 'state' || (holds === 'cause' && plan.outcome === 'cause') ? OUTCOME.runRead : 0;
}

interface RunWordIds {
  /** Term id -> what the run word's read holds. */
  readonly words: ReadonlyMap<number, OutcomeAsked>;
  /** Service -> term id of a thing named before a run word in one of its reads -> what those hold. */
  readonly things: ReadonlyMap<number, ReadonlyMap<number, ReadonlySet<OutcomeAsked>>>;
}

const runWordIds = new WeakMap<SearchIndexData, RunWordIds>();

/** The run words' term ids and, per service, the things whose runs it reads; once per index. */
function runWords(ix: SearchIndexData): RunWordIds {
  let ids = runWordIds.get(ix);
  if (ids !== undefined) return ids;
  const words = new Map(
    Object.entries(RUN_NAME_WORDS).flatMap(([w, e]) => {
      const id = ix.termIds.get(stem(w));
      return id === undefined ? [] : [[id, e.holds] as const];
    }),
  );
  const things = new Map<number, Map<number, Set<OutcomeAsked>>>();
  for (let op = 0; op < ix.opService.length; op++) {
    const end = ix.nameStart[op + 1]! - 1;
    const holds = end > ix.nameStart[op]! ? words.get(ix.nameTerms[end]!) : undefined;
    if (holds === undefined) continue;
    const svc = ix.opService[op]!;
    const byThing = things.get(svc) ?? new Map<number, Set<OutcomeAsked>>();
    things.set(svc, byThing);
    const thing = ix.nameTerms[end - 1]!;
    byThing.set(thing, (byThing.get(thing) ?? new Set()).add(holds));
  }
  ids = { words, things };
  runWordIds.set(ix, ids);
  return ids;
}

// A question about a thing's run, job or build is answered by the run's own read, not the
// thing's: "did build api-ci:5d6e... pass" is codebuild:BatchGetBuilds (not the project's read),
// "status of job run jr_... of orders-etl" is glue:GetJobRun (not StartJobRun: `run` is the run
// asked about, not the verb), "the last runs of the flow" is the runs' List. Read once per query,
// after the status readings; the run nouns and run id shapes are data/run-reads-r15.ts.

import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import { nameParts } from './analyzer.js';
import { MUTATING_RISK } from './lookups.js';
import { addTerm, type Mutable } from './plan-terms.js';
import { BOOST, TERM_WEIGHT } from './ranking-params.js';
import { unwrapToken, withoutS } from './text.js';
import {
  RUN_ID_SHAPES,
  RUN_NOUNS,
  RUN_QUESTION_OPENERS,
  RUN_READ,
  RUN_SET_WORDS,
  RUN_TAIL_TIES,
  RUN_TAILS,
  type RunNoun,
} from './data/run-reads-r15.js';

interface RunAsked {
  readonly noun: RunNoun;
  readonly singular: string;
  /** One run (singular noun or a pasted run id) rather than a set of them. */
  readonly one: boolean;
  /** A run id names the run (after the noun, or alone). */
  readonly byId: boolean;
  /** Where the noun is typed in the lowercased raw words (-1: only a run id names it). */
  readonly at: number;
}

const READ_VERBS = new Set(['get', 'describe', 'batch', 'list']);

/** Scores the run's own reads in the services the query names (plan.runReads). */
export function readRunReads(ix: SearchIndexData, plan: Mutable<QueryPlan>, raw: readonly string[]): void {
  const lower = raw.map((w) => unwrapToken(w).toLowerCase());
  const asked = runAsked(raw, lower, plan.outcome === 'cause');
  if (!asked) return;
  if (plan.changes && !runReadAsVerb(ix, plan, lower, asked)) return;
  if (!plan.readOnly) return;
  const typed = new Set(lower.map(withoutS));
  const howItWent = plan.status || plan.outcome !== undefined || asked.at < 0;
  for (const s of namedServices(plan))
    for (const [op, w] of runReadsOf(ix, s, asked, { typed, howItWent, cause: plan.outcome === 'cause' }))
      plan.runReads.set(op, w);
}

/** The run the query asks about: the head of its first run-noun compound, else a run id's;
 * `cause`: the query asks why a run ended so. */
function runAsked(raw: readonly string[], lower: readonly string[], cause: boolean): RunAsked | undefined {
  for (let i = 0; i < lower.length; i++) {
    if (!nounOf(lower[i]!)) continue;
    let at = i;
    while (at + 1 < lower.length && nounOf(lower[at + 1]!)) at++;
    const found = nounOf(lower[at]!);
    if (!found) continue;
    const next = raw[at + 1] ?? '';
    // a run id after the noun ("build api-ci:5d6e...", "job 14") says it is one run; "the
    // latest run" is found among the set, but why it failed is told by that one run's read
    const latest = !cause && (RUN_SET_WORDS.has(lower[i - 1] ?? '') || RUN_SET_WORDS.has(lower[i - 2] ?? ''));
    const byId = /\d/.test(next);
    const one = byId || (found.singular === lower[at] && !latest);
    return { ...found, one, byId, at };
  }
  for (const token of raw) {
    const shape = RUN_ID_SHAPES.find((s) => s.shape.test(token));
    if (shape) return { noun: RUN_NOUNS[shape.noun]!, singular: shape.noun, one: true, byId: true, at: -1 };
  }
  return undefined;
}

function nounOf(word: string): { noun: RunNoun; singular: string } | undefined {
  if (Object.hasOwn(RUN_NOUNS, word)) return { noun: RUN_NOUNS[word]!, singular: word };
  const found = Object.entries(RUN_NOUNS).find(([, n]) => n.plural === word);
  return found ? { noun: found[1], singular: found[0] } : undefined;
}

/**
 * `run` read as the verb of a question about a run ("status of job run jr_...", "how did run
 * arn:... go"): the typed verb is the run noun itself, the query opens as a question about how
 * something went, and the noun names a run (an id follows it, or another run noun precedes it).
 * The plan is re-read as a question that only reads.
 */
function runReadAsVerb(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  lower: readonly string[],
  asked: RunAsked,
): boolean {
  if (asked.at < 0) return false;
  const opened = RUN_QUESTION_OPENERS.some((o) => o.split(' ').every((w, k) => lower[k] === w));
  const verb = ix.verbIds.get(asked.singular);
  const verbIsNoun = verb !== undefined && plan.verbs.get(verb) === 1;
  const named = /\d/.test(lower[asked.at + 1] ?? '') || nounOf(lower[asked.at - 1] ?? '') !== undefined;
  if (!opened || !verbIsNoun || !named) return false;
  plan.changes = false;
  plan.readOnly = true;
  plan.question = true;
  plan.verbTerms.clear();
  plan.verbs.clear();
  for (const v of ['get', 'describe', 'list']) {
    const id = ix.verbIds.get(v);
    if (id !== undefined) plan.verbs.set(id, v === 'list' && asked.one ? 0.8 : 1);
  }
  addTerm(ix, plan, asked.singular, TERM_WEIGHT.typed);
  return true;
}

/** The services the query names most surely (by name or by a pasted id). */
function namedServices(plan: QueryPlan): number[] {
  const most = Math.max(0, ...plan.services.values());
  if (most < BOOST.servicePhrase) return [];
  return [...plan.services].filter(([, w]) => w >= most * 0.99).map(([s]) => s);
}

interface Read {
  readonly op: number;
  readonly verb: string;
  readonly words: readonly string[];
}

/**
 * The service's reads of the run, scored (RUN_READ): one run is read by Get/Describe/BatchGet (a
 * plural name only with no singular twin: batch:DescribeJobs), a set by List or a plural name
 * (GetJobRuns); a read of the run in the other number, and the thing's own read (GetJob beside
 * GetJobRun), count against.
 */
function runReadsOf(
  ix: SearchIndexData,
  s: number,
  asked: RunAsked,
  { typed, howItWent, cause }: { typed: ReadonlySet<string>; howItWent: boolean; cause: boolean },
): Map<number, number> {
  const reads: Read[] = [];
  for (let op = ix.svcStart[s]!; op < ix.svcStart[s + 1]!; op++) {
    const verb = ix.verbNames[ix.opVerb[op]!]!;
    if (ix.opRisk[op]! >= MUTATING_RISK || !READ_VERBS.has(verb)) continue;
    reads.push({ op, verb, words: nameParts(ix.opNames.at(op) ?? '').objectWords });
  }
  const name = runName(reads, asked, typed);
  const out = new Map<number, number>();
  if (name === undefined) return out;
  // "glue job X": the job is the thing, its runs are JobRuns; only how it went asks about a run
  if (asked.noun.thingToo && name !== asked.singular && !howItWent) return out;
  // "why did glue job X fail" names no run: which one failed is left to the outcome reading
  if (asked.noun.thingToo && name !== asked.singular && !asked.byId && cause) return out;
  const shape = (ws: readonly string[]) => ws.map(withoutS).join(' ');
  const singular = new Set(
    reads.filter((r) => r.verb !== 'list' && r.words.includes(name)).map((r) => shape(r.words)),
  );
  const things = new Set<string>();
  for (const r of reads) {
    const at = r.words.findIndex((w) => w === name || w === `${name}s`);
    // words after the run's say another thing of it (GetDeploymentGroup), unless typed or a
    // part of the run (GetExecutionHistory) or a filter of the set (ListBuildsForProject)
    if (at < 0 || !runTail(r.words.slice(at + 1), typed)) continue;
    if (at > 0) things.add(shape(r.words.slice(0, at)));
    const plural = r.words[at] !== name || /[^su]s$/.test(r.words.at(-1) ?? '');
    const fits = asked.one
      ? r.verb !== 'list' && (!plural || !singular.has(shape(r.words)))
      : r.verb === 'list' || plural;
    out.set(r.op, fits ? RUN_READ.weight : RUN_READ.otherNumber);
  }
  for (const r of reads) {
    if (out.has(r.op)) continue;
    // the thing's own read, or another kind of run named with the word typed (ListMapRuns)
    if (things.has(shape(r.words))) out.set(r.op, RUN_READ.thing);
    else if (name !== asked.singular && r.words.some((w) => withoutS(w) === asked.singular))
      out.set(r.op, RUN_READ.otherRun);
  }
  return out;
}

function runTail(tail: readonly string[], typed: ReadonlySet<string>): boolean {
  if (RUN_TAIL_TIES.has(tail[0] ?? '')) return true;
  return tail.every((w) => RUN_TAILS.has(w) || typed.has(withoutS(w)));
}

/**
 * The name word of the runs in the service: the first of the noun's names that a read holds
 * with no word besides typed ones (glue's JobRun for "job run", step functions' Executions
 * rather than MapRuns for "runs"), else the first any read holds (appflow's FlowExecutionRecords).
 */
function runName(reads: readonly Read[], asked: RunAsked, typed: ReadonlySet<string>): string | undefined {
  const at = (r: Read, n: string) => r.words.findIndex((w) => w === n || w === `${n}s`);
  const own = (r: Read, n: string) =>
    at(r, n) >= 0 && r.words.every((w, k) => k === at(r, n) || typed.has(withoutS(w)));
  return (
    asked.noun.names.find((n) => reads.some((r) => own(r, n))) ??
    asked.noun.names.find((n) => reads.some((r) => at(r, n) >= 0))
  );
}

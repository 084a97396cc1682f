// Choosing among the operations of one service (siblings): ListDeployments or GetDeployment,
// DeleteItem or DeleteTable. Two signals read once per query from its wording, each a small set
// the ranking checks against an operation's few name words (no work over the catalog):
// - number: a head noun typed in the plural asks for a set (ListUsers), in the singular or as a
//   pasted identifier for one thing (DescribeUser, DeleteObject); the name word of the other
//   number answers the other task;
// - container: content words after from/in/inside/within and a determiner name where the thing
//   is; an operation whose name says only those words acts on the container, one whose name
//   ties the thing typed before them to a container (data/relation-words.ts) reads what is in it.

import { CONTAINER_WORDS, MEMBERSHIP_COPULAS, MEMBERSHIP_ENDS } from './data/container-words.js';
import { DETERMINERS } from './data/determiners.js';
import { DELETE_ALL } from './data/phrasal-verbs.js';
import { MUTATING_RISK } from './lookups.js';
import { ANY_CONTAINER, RELATION_WORDS, TIED_READ_VERBS } from './data/relation-words.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import { pluralS, stem } from './text.js';

/** The head noun's number: its raw id as wanted, its other number's raw ids as not. */
export function headNumber(ix: SearchIndexData, plan: QueryPlan, word: string, stem: string): void {
  const id = ix.rawWordIds.get(word);
  const term = ix.termIds.get(stem);
  if (id === undefined || term === undefined) return;
  plan.wantNumber.add(id);
  plan.numberHead.add(term);
  otherNumberIds(ix, word, plan.otherNumber);
}

/** Raw name-word ids of the other grammatical number of `word` (`users` -> `user`, and back). */
function otherNumberIds(ix: SearchIndexData, word: string, into: Set<number>): void {
  const forms = pluralS(word)
    ? [
        word.slice(0, -1),
        word.endsWith('es') ? word.slice(0, -2) : '',
        word.endsWith('ies') ? `${word.slice(0, -3)}y` : '',
      ]
    : [`${word}s`, `${word}es`, word.endsWith('y') ? `${word.slice(0, -1)}ies` : ''];
  for (const f of forms) {
    const id = f === '' || f === word ? undefined : ix.rawWordIds.get(f);
    if (id !== undefined) into.add(id);
  }
}

const DETERMINER = new Set(DETERMINERS);

/**
 * True where the query starts naming a container: a container word and a determiner ("from the
 * Sessions table", "in my bucket"). Without one it names a state or a service ("back from
 * standby", "in parameter store"), whose operations are the task's own.
 */
export function startsContainer(ws: readonly string[], i: number): boolean {
  return Object.hasOwn(CONTAINER_WORDS, ws[i]!) && DETERMINER.has(ws[i + 1] ?? '');
}

/**
 * Where a membership question ("which groups is user bob in") names its one thing: from after
 * the copula to its closing words (data/container-words.ts MEMBERSHIP_ENDS); undefined if none.
 */
export function membershipSpan(ws: readonly string[]): { start: number; end: number } | undefined {
  const end = Object.keys(MEMBERSHIP_ENDS)
    .map((e) => e.split(' '))
    .map((e) => (e.every((w, k) => ws[ws.length - e.length + k] === w) ? ws.length - e.length : -1))
    .find((at) => at >= 0);
  if (end === undefined) return undefined;
  const copula = ws.findIndex((w, i) => i > 0 && i < end - 1 && MEMBERSHIP_COPULAS.has(w));
  return copula < 0 ? undefined : { start: copula + 1, end };
}

/**
 * Container terms: those typed after a container word and never before it. None when the query
 * says every one of the things ("every message in the queue"): emptying the container is then
 * what it asks (PurgeQueue, phrasal-verbs.ts DELETE_ALL).
 */
export function containerTerms(
  ws: readonly string[],
  before: ReadonlySet<number>,
  after: ReadonlySet<number>,
): Set<number> {
  const out = new Set<number>();
  if (ws.some((w) => (DELETE_ALL.words as readonly string[]).includes(w))) return out;
  for (const t of after) if (!before.has(t)) out.add(t);
  return out;
}

/**
 * An operation's service and name stems as one number (siblings that differ only in number
 * share it): an order-free sum of mixed term ids, so no allocation per candidate.
 */
export function nameShape(ix: SearchIndexData, op: number): number {
  let sum = Math.imul(ix.opService[op]! + 1, 0x9e3779b1);
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++) {
    const t = ix.nameTerms[p]! + 1;
    sum = (sum + Math.imul(t ^ (t >>> 7), 0x85ebca6b)) | 0;
  }
  return sum;
}

/**
 * The name shape of a twin: siblings differing only in number, and doing the same kind of task
 * (two reads, or the same change): CreateVolume is no twin of DescribeVolumes, EC2's read of
 * one volume, nor ImportInstance of TerminateInstances (round 16).
 */
export function twinShape(ix: SearchIndexData, op: number): number {
  const task = ix.opRisk[op]! < MUTATING_RISK ? 0 : ix.opVerb[op]! + 1;
  return (nameShape(ix, op) + Math.imul(task, 0x27d4eb2d)) | 0;
}

/**
 * Name shapes that some operation spells in the number the query asked for, among those whose
 * name holds the head noun (a handful). Only such a twin makes the other number a wrong choice:
 * EC2 names its one-instance calls in the plural (TerminateInstances), with no singular twin.
 */
export function numberTwins(ix: SearchIndexData, plan: QueryPlan): Set<number> {
  const shapes = new Set<number>();
  if (plan.otherNumber.size === 0) return shapes;
  for (const t of plan.numberHead) {
    for (let p = ix.namePostStart[t]!; p < ix.namePostStart[t + 1]!; p++) {
      const op = ix.namePostOp[p]!;
      if (spellsNumber(ix, op, plan.wantNumber) && !spellsNumber(ix, op, plan.otherNumber))
        shapes.add(twinShape(ix, op));
    }
  }
  return shapes;
}

/**
 * Whether the name spells one of these words. A name that spells a word in each number
 * (UpdateContainerInstancesState for "the container instance") is no twin: it would be its own.
 */
function spellsNumber(ix: SearchIndexData, op: number, words: ReadonlySet<number>): boolean {
  for (let r = ix.rawNameStart[op]!; r < ix.rawNameStart[op + 1]!; r++)
    if (words.has(ix.rawNameWords[r]!)) return true;
  return false;
}

/**
 * Name words that tie a thing to its container (term ids, and raw ids for the name as spelt), and
 * those naming any container (data/relation-words.ts).
 */
export function relationTerms(ix: SearchIndexData): {
  readonly tie: ReadonlySet<number>;
  readonly rawTie: ReadonlySet<number>;
  readonly any: ReadonlySet<number>;
  readonly reads: ReadonlySet<number>;
} {
  const ids = (ws: readonly string[], of: (w: string) => number | undefined): Set<number> =>
    new Set(ws.map(of).filter((id) => id !== undefined));
  const ties = Object.keys(RELATION_WORDS);
  return {
    tie: ids(ties, (w) => ix.termIds.get(stem(w))),
    rawTie: ids(ties, (w) => ix.rawWordIds.get(w)),
    any: ids(Object.keys(ANY_CONTAINER), (w) => ix.termIds.get(stem(w))),
    reads: ids(TIED_READ_VERBS, (w) => ix.verbIds.get(w)),
  };
}

// A yes/no question about the state of one thing ("has the orders table finished restoring
// yet?") is answered by the read of that thing (DescribeTable), not by an operation whose name
// holds the state word (DescribeTableRestoreStatus) nor by the action. Read once per query from
// its words (data/status-words.ts): where the state words are, and the noun they are said of.

import {
  PROGRESS_MARKERS,
  STATE_NAME_WORDS,
  STATE_WORDS,
  STATUS_CLAUSES,
  STATUS_OPENERS,
} from './data/status-words.js';
import { isQuestion } from './intent.js';
import { asksReader } from './aux-question.js';
import { STOP_WORDS } from './data/stop-words.js';
import { analyze } from './analyzer.js';
import type { SearchIndexData } from './index-build.js';
import { TERM_WEIGHT } from './ranking-params.js';
import { stem } from './text.js';
import type { QueryPlan } from './query-plan.js';
import { addTerm, type Mutable } from './plan-terms.js';
import { switchedService } from './service-switch.js';
import type { WordRuns } from './query-words.js';

/** Words that end the phrase naming the thing ("the snapshot OF prod-pg", "the job THAT retags"). */
const PHRASE_ENDS = new Set([
  'of',
  'to',
  'for',
  'from',
  'in',
  'on',
  'at',
  'with',
  'by',
  'that',
  'which',
  'who',
]);

/**
 * Marks a status question on the plan: its state words are not the head noun and count against
 * an operation whose name holds them;
 * the noun the state is said of (else a pasted identifier's type) becomes the head and the
 * resource whose own read the ranking prefers.
 */
export function readStatus(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  ws: readonly string[],
  stems: readonly string[],
  idHeads: readonly number[],
  { translations, serviceWord }: Pick<WordRuns, 'translations' | 'serviceWord'>,
): void {
  const start = statusStart(plan, ws);
  if (start < 0) return;
  const state = stateWords(ws, start);
  const first = state.indexOf(true);
  if (first < 0) return;
  plan.status = true;
  for (let i = 0; i < ws.length; i++) {
    if (!state[i]) continue;
    const entry = STATE_WORDS[`${ws[i]!} ${ws[i + 1] ?? ''}`] ?? STATE_WORDS[ws[i]!];
    for (const t of analyze(entry?.terms ?? '')) addTerm(ix, plan, t, TERM_WEIGHT.expansion);
    for (const w of entry?.heldIn ?? []) {
      const held = ix.termIds.get(stem(w));
      if (held !== undefined) plan.stateNames.add(held);
    }
    const id = ix.termIds.get(stems[i]!);
    if (id === undefined) continue;
    plan.head.delete(id);
    if (!entry?.namesState) plan.stateTerms.add(id);
  }
  const nouns =
    switchedService(ix, plan, ws, serviceWord, [start, first]) ??
    resourceNouns(ix, ws, stems, [start, first], translations);
  const resource = nouns.length > 0 ? nouns : idHeads;
  for (const id of resource) plan.stateTerms.delete(id);
  if (resource.length === 0) return;
  plan.head.clear();
  for (const id of resource) {
    plan.head.add(id);
    plan.resource.add(id);
  }
}

/** How many of the operation's name words are state words of the question (not its thing). */
export function stateInName(ix: SearchIndexData, plan: QueryPlan, op: number): number {
  let n = 0;
  for (let p = ix.nameStart[op]!; p < ix.nameStart[op + 1]!; p++)
    if (plan.stateTerms.has(ix.nameTerms[p]!)) n++;
  return n;
}

/**
 * Where the words of a yes/no question about state start: after its opener ("is", "has"), after
 * a clause marker of an indirect one ("check whether", "see if"), or at the first word of one
 * clipped to its words and a question mark ("orders table done restoring yet?"); -1 for none.
 */
function statusStart(plan: QueryPlan, ws: readonly string[]): number {
  if (isQuestion(ws)) return STATUS_OPENERS.has(ws[0]!) ? 1 : -1;
  if (plan.question) return 0;
  if (plan.changes) return -1;
  const at = ws.findIndex((w) => Object.hasOwn(STATUS_CLAUSES, w));
  return at < 0 ? -1 : at + 1;
}

/**
 * A question clipped to its words and a question mark, with a state word after the first word:
 * "orders table done restoring yet?", "instance i-0abc still running?" (planVerbs reads it as
 * a question).
 */
export function clippedStatus(ws: readonly string[], questionMark: boolean): boolean {
  // "tracing is recording too much, can we sample less?" asks the reader to act
  if (asksReader(ws)) return false;
  return questionMark && ws.length > 1 && !isQuestion(ws) && stateWords(ws, 1).includes(true);
}

/** Positions of state words: listed words and pairs, and an -ing word after still/finished/done. */
function stateWords(ws: readonly string[], start: number): boolean[] {
  const state = new Array<boolean>(ws.length).fill(false);
  for (let i = Math.max(1, start); i < ws.length; i++) {
    const w = ws[i]!;
    if (Object.hasOwn(STATE_WORDS, w)) state[i] = true;
    if (i + 1 < ws.length && Object.hasOwn(STATE_WORDS, `${w} ${ws[i + 1]!}`)) state[i] = state[i + 1] = true;
    if (PROGRESS_MARKERS.has(ws[i - 1]!) && w.endsWith('ing')) state[i] = true;
  }
  return state;
}

/**
 * The noun the state is said of: the last word an operation name uses among the subject's words
 * (between the opener and the first state word), up to a preposition once one was found; with
 * what a vocabulary phrase there says in AWS's words ("dedicated line" -> connection).
 */
function resourceNouns(
  ix: SearchIndexData,
  ws: readonly string[],
  stems: readonly string[],
  [start, end]: readonly [number, number],
  translations: ReadonlyMap<number, readonly string[]>,
): number[] {
  const named = (terms: readonly string[]): number[] =>
    terms.flatMap((t) => {
      const id = ix.termIds.get(t);
      return id !== undefined && ix.nameLike[id] === 1 ? [id] : [];
    });
  // the words as AWS names them; only when none is, what a vocabulary phrase says ("ami" -> image)
  for (const phrases of [false, true]) {
    let nouns: number[] = [];
    for (let i = start; i < end; i++) {
      if (PHRASE_ENDS.has(ws[i]!) && nouns.length > 0) break;
      if (STOP_WORDS.has(ws[i]!)) continue;
      const here = named(phrases ? (translations.get(i) ?? []) : [stems[i]!]);
      // a phrase that starts the word before names the same thing ("dedicated line" -> connection)
      if (here.length > 0) nouns = [...here, ...named(translations.get(i - 1) ?? [])];
    }
    if (nouns.length > 0) return nouns;
  }
  return [];
}

/**
 * The thing's own read: the last object word of the operation's name (after any trailing
 * Status, Run, Health: data/status-words.ts STATE_NAME_WORDS) is the resource noun (`DescribeTable`, `GetHealthCheckStatus`), so a name that
 * goes on to another thing (`DescribeTableRestoreStatus`, `DescribeImportSnapshotTasks`) is not.
 * Returns 0 for another operation, 1 for the thing's read, 2 for its read named for its state.
 */
export function ownRead(ix: SearchIndexData, plan: QueryPlan, op: number): 0 | 1 | 2 {
  const from = ix.nameStart[op]!;
  const end = ix.nameStart[op + 1]! - 1;
  // the thing itself may be what such a word names ("is the pipeline execution done")
  if (end >= from && plan.resource.has(ix.nameTerms[end]!)) return 1;
  const trailing = statusTerms(ix);
  let last = end;
  while (last > from && trailing.has(ix.nameTerms[last]!)) last--;
  if (last < from || !plan.resource.has(ix.nameTerms[last]!)) return 0;
  return last < end && statusTerms(ix, 'named').has(ix.nameTerms[end]!) ? 2 : 1;
}

/**
 * How many words at the end of the operation's name only say "the state of" the thing asked
 * about and hold the state asked (a check *passing*: GetHealthCheck*Status*; a job *finished*:
 * GetJob*Run*; data/status-words.ts heldIn): the question asks for that state, so they
 * are not words the query left out. 0 unless the name reads the question's thing (ownRead).
 */
export function stateTail(ix: SearchIndexData, plan: QueryPlan, op: number): number {
  if (!plan.status || ownRead(ix, plan, op) === 0) return 0;
  const from = ix.nameStart[op]!;
  let n = 0;
  for (let p = ix.nameStart[op + 1]! - 1; p > from && plan.stateNames.has(ix.nameTerms[p]!); p--) n++;
  return n;
}

const nameWordIds = new WeakMap<SearchIndexData, readonly [ReadonlySet<number>, ReadonlySet<number>]>();

/** Term ids of the state name words (data/status-words.ts): all, or those that name the state. */
function statusTerms(ix: SearchIndexData, which: 'all' | 'named' = 'all'): ReadonlySet<number> {
  let ids = nameWordIds.get(ix);
  if (ids === undefined) {
    const entries = Object.entries(STATE_NAME_WORDS);
    const of = (ws: readonly string[]) => new Set(ws.flatMap((w) => ix.termIds.get(stem(w)) ?? []));
    ids = [of(entries.map(([w]) => w)), of(entries.filter(([, e]) => e.named).map(([w]) => w))];
    nameWordIds.set(ix, ids);
  }
  return ids[which === 'all' ? 0 : 1];
}

// Whether the query acts on many things in one go (data/many-r14.ts): "a batch of records",
// "to 40 recipients", "at once". Then a batch or bulk variant is what was asked, and the prior
// that holds it back when one thing is meant (ranking-params.ts PRIOR.batch) is lifted.

import { AT_ONCE, BATCH_NAME_WORDS, COUNTED_MANY, MANY_WORDS } from './data/many-r14.js';
import { DELETE_ALL } from './data/phrasal-verbs.js';
import type { SearchIndexData } from './index-build.js';
import type { QueryPlan } from './query-plan.js';
import type { VerbSpan } from './query-words.js';
import { MANY } from './ranking-params.js';
import { pluralS } from './text.js';

/** Whether the words say many things are acted on at once. */
export function asksMany(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (MANY_WORDS.words.has(w) || (MANY_WORDS.beforeOf.has(w) && ws[i + 1] === 'of')) return true;
    if (AT_ONCE.phrases.some((p) => p.every((pw, k) => ws[i + k] === pw))) return true;
    if (countsThings(ws, i)) return true;
  }
  return false;
}

/** A count of two or more at i, with plural things (not a time or a size) soon after it. */
function countsThings(ws: readonly string[], i: number): boolean {
  const w = ws[i]!;
  const n = /^\d+$/.test(w) ? Number(w) : COUNTED_MANY.numbers.has(w) ? 2 : 0;
  if (n < 2 || n > 100_000) return false;
  for (let k = i + 1; k < Math.min(ws.length, i + 1 + COUNTED_MANY.reach); k++) {
    if (COUNTED_MANY.notThings.has(ws[k]!)) return false;
    if (ws[k]!.length > 3 && pluralS(ws[k]!)) return true;
  }
  return false;
}

const batchWordsOf = new WeakMap<
  SearchIndexData,
  { words: ReadonlySet<number>; verbs: ReadonlySet<number> }
>();

/**
 * How much a query about many things favours the operation: a batch or bulk variant (which a
 * prior holds back otherwise), or the plural twin of its service's call for one thing
 * (PutRecords beside PutRecord, GetParameters beside GetParameter), the call made for many.
 */
export function manyFit(ix: SearchIndexData, plan: QueryPlan, op: number): number {
  if (isBatchVariant(ix, op)) return MANY.batch;
  // only in a service the query points at: elsewhere a plural name is no sibling of its thing
  if (!plan.services.has(ix.opService[op]!)) return 0;
  return isPluralTwin(ix, op) ? MANY.pluralTwin : 0;
}

/**
 * Whether the operation's name spells a batch or bulk variant. `Batch` leading the name is read
 * as its first verb (`BatchGetItem`: verbs batch, get), so it is looked for among the verbs too,
 * as the prior that holds batch variants back (index-passes.ts) looks at every name word.
 */
export function isBatchVariant(ix: SearchIndexData, op: number): boolean {
  let ids = batchWordsOf.get(ix);
  if (ids === undefined) {
    const of = (lookup: { get(w: string): number | undefined }): Set<number> =>
      new Set([...BATCH_NAME_WORDS].flatMap((w) => lookup.get(w) ?? []));
    ids = { words: of(ix.rawWordIds), verbs: of(ix.verbIds) };
    batchWordsOf.set(ix, ids);
  }
  if (ids.verbs.has(ix.opVerb[op]!)) return true;
  for (let r = ix.rawNameStart[op]!; r < ix.rawNameStart[op + 1]!; r++)
    if (ids.words.has(ix.rawNameWords[r]!)) return true;
  return false;
}

const pluralTwinsOf = new WeakMap<SearchIndexData, Map<number, boolean>>();

/** Whether the name ends in a plural and the service also has the same name in the singular. */
function isPluralTwin(ix: SearchIndexData, op: number): boolean {
  let known = pluralTwinsOf.get(ix);
  if (known === undefined) pluralTwinsOf.set(ix, (known = new Map()));
  const seen = known.get(op);
  if (seen !== undefined) return seen;
  const name = ix.opNames.at(op) ?? '';
  const singulars = name.endsWith('ies')
    ? [`${name.slice(0, -3)}y`]
    : name.endsWith('s') && !name.endsWith('ss')
      ? [name.slice(0, -1), ...(name.endsWith('es') ? [name.slice(0, -2)] : [])]
      : [];
  const s = ix.opService[op]!;
  let twin = false;
  for (let k = ix.svcStart[s]!; k < ix.svcStart[s + 1]! && !twin && singulars.length > 0; k++)
    twin = singulars.includes(ix.opNames.at(k) ?? '');
  known.set(op, twin);
  return twin;
}

/**
 * A delete verb with "all"/"every" right after it (or after its particle): every one of the
 * things goes at once, read as emptying (PurgeQueue) by query-words.ts.
 */
export function deletesAll(
  ws: readonly string[],
  verbAt: VerbSpan,
  weights: Readonly<Record<string, number>>,
): boolean {
  if ((weights.delete ?? 0) < 0.8) return false;
  const after = verbAt.particle?.end ?? verbAt.end;
  return ws.slice(after, after + 2).some((w) => (DELETE_ALL.words as readonly string[]).includes(w));
}

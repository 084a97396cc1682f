// The two passes over operations that buildIndexData (index-build.ts) runs: pass 1 turns each
// operation's fields into term ids (and its name into lookup keys, verbs and a prior); pass 2
// turns those term ids into one BM25F pseudo term frequency per (term, operation). Term ids are
// handed out in the order words are first met, so the index layout depends on this order: keep it.

import { BATCH_NAME_WORDS } from './data/many-r14.js';
import type { OperationEntry } from '../catalog/types.js';
import { nameParts, type NameParts } from './analyzer.js';
import { STOP_WORDS } from './data/stop-words.js';
import { LEGACY_SERVICES, SERVICE_POPULARITY } from './data/popular-services.js';
import { FIELDS, PRIOR } from './ranking-params.js';
import { Growable } from './postings.js';
import { forEachWord, stem, words } from './text.js';
import { compactName } from '../catalog/names.js';
import { push } from './lookups.js';
import { askedWordsByOp } from './asked-twins.js';

const NO_VERB = 0xffff;
const READ_VERBS = new Set(['list', 'describe', 'get']);

/** Hands out dense ids in first-seen order (terms, verbs, raw words). */
export function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/** Fields per operation: name, summary, documentation, input member names, asked words. */
const FIELD_COUNT = 5;
const ASKED_FIELD = 4;

/** Pass 1's output. Fields of op i are flat[bounds[5i] .. bounds[5i+1]) (name), .. [5i+2]
 * (summary), .. [5i+3] (docs), .. [5i+4] (input member names), .. [5i+5] (asked words). */
export interface OperationFields {
  readonly flat: Growable;
  readonly bounds: Uint32Array;
  /** Total length of each field over all operations, and how many operations have it (for
   * average lengths). */
  readonly totals: number[];
  readonly nonEmpty: number[];
  readonly opVerb: Uint16Array;
  readonly opVerb2: Uint16Array;
  readonly verbIds: Map<string, number>;
  readonly nameKeys: Map<string, number[]>;
  readonly exactNames: Map<string, number[]>;
  readonly prior: Float32Array;
  readonly nameWordCounts: Map<string, number>;
  readonly rawWordIds: Map<string, number>;
  readonly rawNameStart: Uint32Array;
  readonly rawNameWords: number[];
  /** Adds a prose word's term id to `flat` (stop words are dropped; stems are cached per word). */
  readonly emitWord: (w: string) => void;
}

/** Pass 1: term ids of each field of each operation, in one flat array. */
export function readOperationFields(
  ops: readonly OperationEntry[],
  termIds: Map<string, number>,
): OperationFields {
  const nOps = ops.length;
  const flat = new Growable();
  const wordTerm = new Map<string, number>(); // raw word -> term id, -1 for stop words
  const fields: OperationFields = {
    flat,
    bounds: new Uint32Array(nOps * FIELD_COUNT + 1),
    totals: new Array<number>(FIELD_COUNT).fill(0),
    nonEmpty: new Array<number>(FIELD_COUNT).fill(0),
    opVerb: new Uint16Array(nOps).fill(NO_VERB),
    opVerb2: new Uint16Array(nOps).fill(NO_VERB),
    verbIds: new Map(),
    nameKeys: new Map(),
    exactNames: new Map(),
    prior: new Float32Array(nOps),
    nameWordCounts: new Map(),
    rawWordIds: new Map(),
    rawNameStart: new Uint32Array(nOps + 1),
    rawNameWords: [],
    emitWord: (w) => {
      let id = wordTerm.get(w);
      if (id === undefined) {
        id = STOP_WORDS.has(w) ? -1 : idOf(termIds, stem(w));
        wordTerm.set(w, id);
      }
      if (id >= 0) flat.push(id);
    },
  };
  for (let i = 0; i < nOps; i++) readOperation(fields, termIds, i, ops[i]!);
  fields.bounds[FIELD_COUNT * nOps] = flat.length;
  fields.rawNameStart[nOps] = fields.rawNameWords.length;
  return fields;
}

function readOperation(
  f: OperationFields,
  termIds: Map<string, number>,
  i: number,
  op: OperationEntry,
): void {
  const { flat, bounds } = f;
  const parts = nameParts(op.name);
  f.rawNameStart[i] = f.rawNameWords.length;
  for (const w of new Set(parts.objectWords)) f.rawNameWords.push(idOf(f.rawWordIds, w));
  f.opVerb[i] = idOf(f.verbIds, parts.verbs[0]!);
  if (parts.verbs[1] !== undefined) f.opVerb2[i] = idOf(f.verbIds, parts.verbs[1]);
  const at = FIELD_COUNT * i;
  bounds[at] = flat.length;
  for (const t of parts.objectTerms) flat.push(idOf(termIds, t));
  bounds[at + 1] = flat.length;
  forEachWord(op.summary, f.emitWord);
  bounds[at + 2] = flat.length;
  forEachWord(op.documentation, f.emitWord);
  bounds[at + 3] = flat.length;
  // every input member, not only the required ones: a member name is how the model names a
  // setting people ask about (`MemorySize` for "memory of my function", `Expires` for a link)
  for (const m of op.inputMembers) forEachWord(m, f.emitWord);
  bounds[at + 4] = flat.length;
  forEachWord(askedWordsByOp().get(`${op.service}:${op.name}`) ?? '', f.emitWord);
  for (let k = 0; k < FIELD_COUNT; k++) {
    const len = (k === FIELD_COUNT - 1 ? flat.length : bounds[at + k + 1]!) - bounds[at + k]!;
    f.totals[k]! += len;
    if (len > 0) f.nonEmpty[k]!++;
  }
  push(f.nameKeys, parts.allTerms.join(' '), i);
  push(f.exactNames, compactName(op.name), i);
  for (const w of words(op.name)) f.nameWordCounts.set(w, (f.nameWordCounts.get(w) ?? 0) + 1);
  f.prior[i] = priorOf(op, parts);
}

/** The query-independent score of an operation: what people usually mean, all else equal. */
function priorOf(op: OperationEntry, parts: NameParts): number {
  return (
    (op.deprecated ? PRIOR.deprecated : 0) +
    PRIOR.perExtraNameWord * Math.max(0, parts.objectTerms.length - 1) +
    (READ_VERBS.has(parts.verbs[0]!) ? PRIOR.readVerb : 0) +
    PRIOR.popularity * (SERVICE_POPULARITY[op.service] ?? 0) +
    (LEGACY_SERVICES.has(op.service) ? PRIOR.legacyService : 0) +
    (parts.allTerms.some((t) => BATCH_NAME_WORDS.has(t)) ? PRIOR.batch : 0)
  );
}

/** Pass 2's output: (term, operation, tf) triples, name terms per operation, salient terms. */
export interface WeighedFields {
  readonly postTerm: Growable;
  readonly postOp: Growable;
  readonly postTf: Growable;
  /** Sized for the terms known after pass 1 (plus slack); service-name terms come later. */
  readonly salient: Uint8Array;
  readonly nameStart: Uint32Array;
  readonly nameTermList: number[];
  /** Each operation's asked words as distinct term ids (the ranking's asked coverage). */
  readonly askedStart: Uint32Array;
  readonly askedTermList: number[];
}

/** Pass 2: combined pseudo term frequency per (term, operation), accumulated densely. */
export function weighOperationFields(nOps: number, nTerms: number, f: OperationFields): WeighedFields {
  const { flat, bounds } = f;
  // the asked field is written for a few operations only: its length is normalised against the
  // operations that have one, or every written entry would count as very long
  const avg = f.totals.map((t, k) => Math.max(1, t / Math.max(1, k === ASKED_FIELD ? f.nonEmpty[k]! : nOps)));
  const fieldSpecs = [FIELDS.name, FIELDS.summary, FIELDS.documentation, FIELDS.members, FIELDS.asked];
  const out: WeighedFields = {
    postTerm: new Growable(),
    postOp: new Growable(),
    postTf: new Growable('f32'),
    salient: new Uint8Array(nTerms + 4096),
    nameStart: new Uint32Array(nOps + 1),
    nameTermList: [],
    askedStart: new Uint32Array(nOps + 1),
    askedTermList: [],
  };
  const acc = new Float64Array(nTerms + 4096);
  const accTerms: number[] = [];
  for (let i = 0; i < nOps; i++) {
    out.nameStart[i] = out.nameTermList.length;
    out.askedStart[i] = out.askedTermList.length;
    addDistinct(
      out.askedTermList,
      flat,
      bounds[FIELD_COUNT * i + ASKED_FIELD]!,
      bounds[FIELD_COUNT * i + ASKED_FIELD + 1]!,
    );
    for (let k = 0; k < FIELD_COUNT; k++) {
      const spec = fieldSpecs[k]!;
      const from = bounds[FIELD_COUNT * i + k]!;
      const to = bounds[FIELD_COUNT * i + k + 1]!;
      const add = spec.weight / (1 - spec.b + (spec.b * (to - from)) / avg[k]!);
      for (let p = from; p < to; p++) {
        const t = flat.data[p]!;
        if (acc[t] === 0) {
          accTerms.push(t);
          if (k === 0) out.nameTermList.push(t);
        }
        acc[t]! += add;
        // words people ask with are meant, not typos to correct towards a name word
        if (k < 2 || k === ASKED_FIELD) out.salient[t] = 1;
      }
    }
    for (const t of accTerms) {
      out.postTerm.push(t);
      out.postOp.push(i);
      out.postTf.push(acc[t]!);
      acc[t] = 0;
    }
    accTerms.length = 0;
  }
  out.nameStart[nOps] = out.nameTermList.length;
  out.askedStart[nOps] = out.askedTermList.length;
  return out;
}

/** Appends the distinct term ids of flat[from..to) (a field is a few dozen words at most). */
function addDistinct(list: number[], flat: Growable, from: number, to: number): void {
  const first = list.length;
  for (let p = from; p < to; p++) {
    const t = flat.data[p]!;
    if (list.indexOf(t, first) < 0) list.push(t);
  }
}

// Builds the search index from the catalog: BM25F postings in typed arrays (one combined
// pseudo term frequency per operation and term, and one per service for the service's names),
// plus the lookup tables queries need (exact names, name phrases, service names, verbs).

import type { Catalog, ServiceEntry } from '../catalog/types.js';
import { analyze, nameParts } from './analyzer.js';
import { STOP_WORDS } from './data/stop-words.js';
import { LEGACY_SERVICES, SERVICE_POPULARITY } from './data/popular-services.js';
import { FIELDS, PRIOR } from './ranking-params.js';
import { serviceKeyTable } from './service-names.js';
import { computeIdf, fromArray, Growable, toCsr } from './postings.js';
import { forEachWord, stem, words } from './text.js';
import { compactName } from '../catalog/names.js';
import { buildFuzzyVocabulary } from './vocabulary.js';
import type { FuzzyVocabulary } from './fuzzy.js';
import { buildLookups, push, type Lookups } from './lookups.js';
import { shortSummary } from './results.js';
import { idTable, pairOf, SortedTable, tableData } from './sorted-table.js';
import type { Lookup, StringList } from './string-list.js';
import type { SearchOperation } from './types.js';

export type { SearchOperation, Lookup };

export interface SearchIndexData extends Lookups {
  readonly opCount: number;
  /** Per operation: name, short summary, required members joined by commas, deprecated flag. */
  readonly opNames: StringList;
  readonly opSummaries: StringList;
  readonly opRequired: StringList;
  readonly opDeprecated: Uint8Array;
  readonly services: readonly ServiceEntry[];
  readonly opService: Uint32Array;
  /** Operations of service s are ops[svcStart[s] .. svcStart[s+1]). */
  readonly svcStart: Uint32Array;
  readonly termIds: Lookup;
  readonly idf: Float32Array;
  /** 1 when a term occurs in a name, summary or service name (not only in documentation). */
  readonly salient: Uint8Array;
  /** 1 when a term occurs among an operation name's object words or in a service name. */
  readonly nameLike: Uint8Array;
  readonly opPostStart: Uint32Array;
  readonly opPostOp: Uint32Array;
  readonly opPostTf: Float32Array;
  readonly svcPostStart: Uint32Array;
  readonly svcPostSvc: Uint32Array;
  readonly svcPostTf: Float32Array;
  /** Object words of each operation name (term ids): ops i's are nameTerms[nameStart[i]..nameStart[i+1]). */
  readonly nameStart: Uint32Array;
  readonly nameTerms: Uint32Array;
  /** Inverse of nameTerms: term t names operations namePostOp[namePostStart[t] .. namePostStart[t+1]). */
  readonly namePostStart: Uint32Array;
  readonly namePostOp: Uint32Array;
  /** The same words unstemmed (ids in rawWordIds), for telling `Databases` from `Database`. */
  readonly rawNameStart: Uint32Array;
  readonly rawNameWords: Uint32Array;
  readonly rawWordIds: Lookup;
  /** Verb ids of each operation: primary, and secondary (0xffff when none). */
  readonly opVerb: Uint16Array;
  readonly opVerb2: Uint16Array;
  readonly verbIds: ReadonlyMap<string, number>;
  /** verb id -> verb */
  readonly verbNames: readonly string[];
  readonly prior: Float32Array;
  /** Stemmed name words joined by spaces -> operations. */
  readonly nameKeys: SortedTable<number>;
  /** compactName(operation name) -> operations. */
  readonly exactNames: SortedTable<number>;
  /** Service name key -> [service index, strength 0..1]. */
  readonly serviceKeys: SortedTable<readonly [number, number]>;
  readonly fuzzy: FuzzyVocabulary;
}

const NO_VERB = 0xffff;
const READ_VERBS = new Set(['list', 'describe', 'get']);
/** Name words of the many-at-once variant of an operation (`BatchGetItem`, `RetryBuildBatch`). */
const BATCH_WORDS = new Set(['batch', 'bulk']);

export function buildIndexData(catalog: Catalog): SearchIndexData {
  const services = [...catalog.services()];
  const svcIndex = new Map(services.map((s, i) => [s.id, i]));
  const ops = [...catalog.operations()]
    .filter((o) => svcIndex.has(o.service))
    .sort((a, b) => svcIndex.get(a.service)! - svcIndex.get(b.service)!);
  const nOps = ops.length;
  const opService = new Uint32Array(nOps);
  const svcStart = new Uint32Array(services.length + 1);
  for (let i = 0; i < nOps; i++) opService[i] = svcIndex.get(ops[i]!.service)!;
  for (let i = 0, s = 0; s <= services.length; s++) {
    while (i < nOps && opService[i]! < s) i++;
    svcStart[s] = i;
  }

  const termIds = new Map<string, number>();
  const termOf = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) termIds.set(t, (id = termIds.size));
    return id;
  };

  // Pass 1: term ids of each field of each operation, flat: fields of op i are
  // flat[bounds[4i] .. bounds[4i+1]) (name), .. [4i+2] (summary), .. [4i+3] (docs), .. [4i+4] (members).
  const verbIds = new Map<string, number>();
  const verbOf = (v: string): number => {
    let id = verbIds.get(v);
    if (id === undefined) verbIds.set(v, (id = verbIds.size));
    return id;
  };
  const wordTerm = new Map<string, number>(); // raw word -> term id, -1 for stop words
  const flat = new Growable();
  const emitWord = (w: string): void => {
    let id = wordTerm.get(w);
    if (id === undefined) {
      id = STOP_WORDS.has(w) ? -1 : termOf(stem(w));
      wordTerm.set(w, id);
    }
    if (id >= 0) flat.push(id);
  };
  const bounds = new Uint32Array(nOps * 4 + 1);
  const opVerb = new Uint16Array(nOps).fill(NO_VERB);
  const opVerb2 = new Uint16Array(nOps).fill(NO_VERB);
  const totals = [0, 0, 0, 0];
  const nameKeys = new Map<string, number[]>();
  const exactNames = new Map<string, number[]>();
  const prior = new Float32Array(nOps);
  const nameWordCounts = new Map<string, number>();
  const rawWordIds = new Map<string, number>();
  const rawNameStart = new Uint32Array(nOps + 1);
  const rawNameWords: number[] = [];
  for (let i = 0; i < nOps; i++) {
    const op = ops[i]!;
    const parts = nameParts(op.name);
    rawNameStart[i] = rawNameWords.length;
    for (const w of new Set(parts.objectWords)) {
      let id = rawWordIds.get(w);
      if (id === undefined) rawWordIds.set(w, (id = rawWordIds.size));
      rawNameWords.push(id);
    }
    opVerb[i] = verbOf(parts.verbs[0]!);
    if (parts.verbs[1] !== undefined) opVerb2[i] = verbOf(parts.verbs[1]);
    bounds[4 * i] = flat.length;
    for (const t of parts.objectTerms) flat.push(termOf(t));
    bounds[4 * i + 1] = flat.length;
    forEachWord(op.summary, emitWord);
    bounds[4 * i + 2] = flat.length;
    forEachWord(op.documentation, emitWord);
    bounds[4 * i + 3] = flat.length;
    for (const m of op.requiredMembers) forEachWord(m, emitWord);
    for (let k = 0; k < 4; k++)
      totals[k]! += (k === 3 ? flat.length : bounds[4 * i + k + 1]!) - bounds[4 * i + k]!;
    push(nameKeys, parts.allTerms.join(' '), i);
    push(exactNames, compactName(op.name), i);
    for (const w of words(op.name)) nameWordCounts.set(w, (nameWordCounts.get(w) ?? 0) + 1);
    prior[i] =
      (op.deprecated ? PRIOR.deprecated : 0) +
      PRIOR.perExtraNameWord * Math.max(0, parts.objectTerms.length - 1) +
      (READ_VERBS.has(parts.verbs[0]!) ? PRIOR.readVerb : 0) +
      PRIOR.popularity * (SERVICE_POPULARITY[op.service] ?? 0) +
      (LEGACY_SERVICES.has(op.service) ? PRIOR.legacyService : 0) +
      (parts.allTerms.some((t) => BATCH_WORDS.has(t)) ? PRIOR.batch : 0);
  }
  bounds[4 * nOps] = flat.length;
  rawNameStart[nOps] = rawNameWords.length;
  const avg = totals.map((t) => Math.max(1, t / Math.max(1, nOps)));
  const fieldSpecs = [FIELDS.name, FIELDS.summary, FIELDS.documentation, FIELDS.members];

  // Pass 2: combined pseudo term frequency per (term, operation), accumulated densely.
  const postTerm = new Growable();
  const postOp = new Growable();
  const postTf = new Growable('f32');
  const salient = new Uint8Array(termIds.size + 4096);
  let acc = new Float64Array(termIds.size + 4096);
  const accTerms: number[] = [];
  const nameStart = new Uint32Array(nOps + 1);
  const nameTermList: number[] = [];
  for (let i = 0; i < nOps; i++) {
    nameStart[i] = nameTermList.length;
    for (let k = 0; k < 4; k++) {
      const spec = fieldSpecs[k]!;
      const from = bounds[4 * i + k]!;
      const to = bounds[4 * i + k + 1]!;
      const add = spec.weight / (1 - spec.b + (spec.b * (to - from)) / avg[k]!);
      for (let p = from; p < to; p++) {
        const t = flat.data[p]!;
        if (acc[t] === 0) {
          accTerms.push(t);
          if (k === 0) nameTermList.push(t);
        }
        acc[t]! += add;
        if (k < 2) salient[t] = 1;
      }
    }
    for (const t of accTerms) {
      postTerm.push(t);
      postOp.push(i);
      postTf.push(acc[t]!);
      acc[t] = 0;
    }
    accTerms.length = 0;
  }
  nameStart[nOps] = nameTermList.length;
  acc = new Float64Array(0);

  // Service names: one unit of the service field per distinct term.
  const svcPairs: Array<[number, number]> = [];
  for (let s = 0; s < services.length; s++) {
    const svc = services[s]!;
    const terms = new Set<number>();
    for (const name of [svc.id, svc.title, svc.sdkId, ...svc.aliases]) {
      for (const t of analyze(name)) terms.add(termOf(t));
      terms.add(termOf(stem(compactName(name))));
    }
    for (const t of terms) svcPairs.push([t, s]);
  }
  const serviceKeys = serviceKeyTable(services);

  const nTerms = termIds.size;
  const opPost = toCsr(nTerms, postTerm, postOp, postTf);
  const svcPost = toCsr(
    nTerms,
    fromArray(svcPairs.map((p) => p[0])),
    fromArray(svcPairs.map((p) => p[1])),
    fromArray(
      svcPairs.map(() => FIELDS.service.weight),
      'f32',
    ),
  );
  const idf = computeIdf(nOps, svcStart, opPost, svcPost);
  const nameOps = new Growable();
  const nameTermsG = new Growable();
  const nameTf = new Growable('f32');
  for (let i = 0; i < nOps; i++) {
    for (let p = nameStart[i]!; p < nameStart[i + 1]!; p++) {
      nameTermsG.push(nameTermList[p]!);
      nameOps.push(i);
      nameTf.push(0);
    }
  }
  const namePost = toCsr(nTerms, nameTermsG, nameOps, nameTf);
  const salientAll = new Uint8Array(nTerms);
  salientAll.set(salient.subarray(0, Math.min(nTerms, salient.length)));
  const nameLike = new Uint8Array(nTerms);
  for (const t of nameTermList) nameLike[t] = 1;
  for (const [t] of svcPairs) salientAll[t] = nameLike[t] = 1;

  return {
    opCount: nOps,
    opNames: ops.map((o) => o.name),
    opSummaries: ops.map((o) => shortSummary(o.summary).replace(/\n/g, ' ')),
    opRequired: ops.map((o) => o.requiredMembers.join(',')),
    opDeprecated: Uint8Array.from(ops, (o) => (o.deprecated ? 1 : 0)),
    services,
    opService,
    svcStart,
    termIds,
    idf,
    salient: salientAll,
    nameLike,
    opPostStart: opPost.start,
    opPostOp: opPost.ids,
    opPostTf: opPost.tf,
    svcPostStart: svcPost.start,
    svcPostSvc: svcPost.ids,
    svcPostTf: svcPost.tf,
    nameStart,
    nameTerms: Uint32Array.from(nameTermList),
    namePostStart: namePost.start,
    namePostOp: namePost.ids,
    rawNameStart,
    rawNameWords: Uint32Array.from(rawNameWords),
    rawWordIds,
    opVerb,
    opVerb2,
    verbIds,
    verbNames: [...verbIds.keys()],
    prior,
    nameKeys: idTable(nameKeys),
    exactNames: idTable(exactNames),
    serviceKeys: new SortedTable(tableData(serviceKeys), pairOf),
    fuzzy: buildFuzzyVocabulary(nameWordCounts, services),
    ...buildLookups(ops, services),
  };
}

const RISKS = ['read', 'sensitive-read', 'write', 'destructive'] as const;

/** What search shows of operation i. */
export function operationAt(ix: SearchIndexData, i: number): SearchOperation {
  const required = ix.opRequired.at(i)!;
  return {
    service: ix.services[ix.opService[i]!]!.id,
    name: ix.opNames.at(i)!,
    summary: ix.opSummaries.at(i)!,
    risk: RISKS[ix.opRisk[i]!]!,
    deprecated: ix.opDeprecated[i] === 1,
    requiredMembers: required === '' ? [] : required.split(','),
  };
}
